package org.sinoterm.technology;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The regular ways an English technology name is also written, so that the dictionary lists each name once:
 * the plural of its last word ("coronary stent" → "coronary stents", "battery" → "batteries"), hyphens as spaces
 * ("lithium-ion battery" → "lithium ion battery") and the first two of three words as a compound ("high
 * throughput sequencing" → "high-throughput sequencing"), a slash between the parts of a hyphenated acronym ("PET-CT" →
 * "PET/CT"), and British and American spellings of its words ("carbon fibre" ↔ "carbon fiber", "-isation" ↔
 * "-ization").
 */
final class EnglishVariants {

  /** Word spellings that differ between British and American English, both ways round. */
  private static final Map<String, String> SPELLINGS = Map.ofEntries(
      Map.entry("fibre", "fiber"), Map.entry("fibres", "fibers"), Map.entry("centre", "center"),
      Map.entry("centres", "centers"), Map.entry("analyser", "analyzer"), Map.entry("analysers", "analyzers"),
      Map.entry("aluminium", "aluminum"), Map.entry("haemodialysis", "hemodialysis"),
      Map.entry("haematology", "hematology"), Map.entry("anaesthesia", "anesthesia"),
      Map.entry("anaesthetic", "anesthetic"), Map.entry("programme", "program"), Map.entry("modelling", "modeling"),
      Map.entry("labelling", "labeling"), Map.entry("sulphur", "sulfur"), Map.entry("electrolyser", "electrolyzer"),
      Map.entry("electrolysers", "electrolyzers"), Map.entry("refuelling", "refueling"),
      Map.entry("tunnelling", "tunneling"), Map.entry("litre", "liter"), Map.entry("colour", "color"),
      Map.entry("grey", "gray"), Map.entry("manoeuvre", "maneuver"), Map.entry("defence", "defense"));
  private static final Map<String, String> REVERSE_SPELLINGS;

  static {
    Map<String, String> reversed = new HashMap<>();
    SPELLINGS.forEach((british, american) -> reversed.put(american, british));
    REVERSE_SPELLINGS = Map.copyOf(reversed);
  }

  private EnglishVariants() {
  }

  /** {@code name} and its regular variants, {@code name} first. */
  static Set<String> of(String name) {
    Set<String> spellings = new LinkedHashSet<>();
    spellings.add(name);
    spellings.add(respell(name, true));
    spellings.add(respell(name, false));
    Set<String> out = new LinkedHashSet<>();
    for (String spelling : spellings) {
      Set<String> forms = new LinkedHashSet<>();
      forms.add(spelling);
      forms.add(plural(spelling));
      for (String form : forms) {
        out.add(form);
        if (hasInnerHyphen(form) && !isAcronymWord(form)) {
          out.add(form.replace('-', ' '));
        }
        String compound = compoundModifier(form);
        if (compound != null) {
          out.add(compound);
        }
      }
    }
    return out;
  }

  /** "PET-CT" → "PET/CT" and "PET CT": the joined forms of a hyphenated acronym. */
  static Set<String> acronymForms(String acronym) {
    Set<String> out = new LinkedHashSet<>();
    out.add(acronym);
    if (acronym.indexOf('-') > 0 && isAcronymWord(acronym.replace("-", ""))) {
      out.add(acronym.replace('-', '/'));
    }
    if (endsInCapitalOrDigit(acronym)) {
      out.add(acronym + "s"); // ECMOs, EVs, NEVs
      if (Character.isUpperCase(acronym.charAt(acronym.length() - 1)) && !acronym.endsWith("S")) {
        out.add(acronym + "S"); // EVS in a heading written in capitals (the recognizer checks the heading)
      }
    }
    return out;
  }

  /** The plural of the last word, or the name itself when the last word looks plural, a gerund or a mass noun. */
  static String plural(String name) {
    int space = name.lastIndexOf(' ');
    String last = name.substring(space + 1);
    String lower = last.toLowerCase(Locale.ROOT);
    if (last.length() < 3 || isAcronymWord(last) || !Character.isLetter(last.charAt(last.length() - 1))
        || (lower.endsWith("s") && !lower.endsWith("sis") && !lower.equals("lens") && !lower.endsWith("ss"))
        || lower.endsWith("ing") || lower.endsWith("ogy") || lower.endsWith("phy")
        || lower.endsWith("ics") || lower.endsWith("ment") || lower.endsWith("ware") || lower.endsWith("gen")
        || lower.endsWith("ium") || lower.endsWith("ity") || lower.endsWith("ence") || lower.endsWith("ance")) {
      return name;
    }
    String head = name.substring(0, name.length() - last.length());
    if (lower.endsWith("sis")) {
      return head + last.substring(0, last.length() - 2) + "es"; // prosthesis → prostheses
    }
    if (lower.equals("lens") || lower.endsWith("ss")) {
      return head + last + "es"; // lens → lenses
    }
    char beforeY = lower.length() >= 2 ? lower.charAt(lower.length() - 2) : 'a';
    if (lower.endsWith("y") && "aeiou".indexOf(beforeY) < 0) {
      return head + last.substring(0, last.length() - 1) + "ies";
    }
    if (lower.endsWith("x") || lower.endsWith("ch") || lower.endsWith("sh") || lower.endsWith("z")) {
      return head + last + "es";
    }
    return head + last + "s";
  }

  private static String respell(String name, boolean toAmerican) {
    Map<String, String> table = toAmerican ? SPELLINGS : REVERSE_SPELLINGS;
    String[] words = name.split(" ", -1);
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      String lower = word.toLowerCase(Locale.ROOT);
      String replaced = table.get(lower);
      if (replaced == null) {
        if (toAmerican && lower.endsWith("isation")) {
          replaced = lower.substring(0, lower.length() - 7) + "ization";
        } else if (!toAmerican && lower.endsWith("ization")) {
          replaced = lower.substring(0, lower.length() - 7) + "isation";
        }
      }
      if (replaced != null && word.equals(lower)) {
        word = replaced;
      }
      out.append(i == 0 ? "" : " ").append(word);
    }
    return out.toString();
  }

  /**
   * "high throughput sequencing" → "high-throughput sequencing", "rare earth permanent magnet" → "rare-earth
   * permanent magnet": the first two words of a name of three or more lower-case words joined as the compound
   * modifier they are, as writers hyphenate them.
   */
  static String compoundModifier(String form) {
    int end = form.length(); // trailing spaces end no word, as String.split has it
    while (end > 0 && form.charAt(end - 1) == ' ') {
      end--;
    }
    int words = 1;
    for (int i = 0; i < end; i++) {
      char c = form.charAt(i);
      if (c == ' ') {
        if (i == 0 || form.charAt(i - 1) == ' ') {
          return null; // an empty word
        }
        words++;
      } else if (c < 'a' || c > 'z') {
        return null;
      }
    }
    if (end == 0 || words < 3) {
      return null;
    }
    int firstSpace = form.indexOf(' ');
    return form.substring(0, firstSpace) + "-" + form.substring(firstSpace + 1);
  }

  private static boolean hasInnerHyphen(String form) {
    int hyphen = form.indexOf('-');
    return hyphen > 0 && hyphen < form.length() - 1;
  }

  /** Written like an acronym: two or more capitals, or a capital and a digit. */
  static boolean isAcronymWord(String word) {
    int capitals = 0;
    boolean digit = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      capitals += Character.isUpperCase(c) ? 1 : 0;
      digit |= Character.isDigit(c);
    }
    return capitals >= 2 || (capitals == 1 && digit);
  }

  private static boolean endsInCapitalOrDigit(String acronym) {
    char last = acronym.charAt(acronym.length() - 1);
    return Character.isUpperCase(last) || Character.isDigit(last);
  }
}
