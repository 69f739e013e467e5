package org.sinoterm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The command's classpath has exactly one SLF4J binding, the no-operation one: without a binding SLF4J prints "No
 * SLF4J providers were found" on stderr the first time OpenNLP logs, and with two it warns about both.
 */
class LoggingBindingTest {

  @Test
  void oneNoOperationBinding() {
    List<String> providers = ServiceLoader.load(SLF4JServiceProvider.class).stream()
        .map(provider -> provider.type().getName()).toList();
    assertEquals(List.of("org.slf4j.nop.NOPServiceProvider"), providers);
  }
}
