package org.sinoterm.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sinoterm.AgencyLevel;
import org.sinoterm.AgencyRef;
import org.sinoterm.EntityType;
import org.sinoterm.dict.SurfaceAutomaton;
import org.sinoterm.recognize.Document;
import org.sinoterm.recognize.Mention;
import org.sinoterm.recognize.Mentions;
import org.sinoterm.text.Characters;
import org.sinoterm.text.Words;

/**
 * Provincial, municipal and prefectural bodies, recognized by their form: a place name, an optional level word,
 * title-case words and a head noun — "Shenzhen Municipal Industrial and Information Technology Bureau",
 * "Guangdong Provincial Department of Science and Technology" — or in Chinese a place, up to fourteen characters
 * and a head — 北京市经济和信息化局, 广东省人民政府办公厅. No dictionary of local bodies is needed, and none would be
 * complete. A customs district is named by its place alone: "Ningbo Customs", 宁波海关.
 */
final class LocalBodies {

  static final String RULE = "local-body";

  private static final Set<String> LEVEL_WORDS = Set.of("Municipal", "Provincial", "Prefectural", "City", "County",
      "District", "Municipality", "Province");
  private static final Set<String> HEADS = Set.of("Bureau", "Commission", "Department", "Administration", "Office",
      "Committee", "Government", "Authority", "Court", "Procuratorate", "Congress", "Customs");
  /** Heads that make a body with the place alone: "Shanghai Customs" is a customs district (上海海关). */
  private static final Set<String> PLACE_HEADS = Set.of("Customs");
  private static final Set<String> CONNECTORS = Set.of("and", "of", "for", "on");
  /** Capitalized words that start a person's title, not a longer body name: "… Bureau Director Wang". */
  private static final Set<String> TITLES = Set.of("Director", "Deputy", "Minister", "Chairman", "Chairwoman",
      "Secretary", "Mayor", "Governor", "Head", "Spokesperson", "Spokesman", "Vice", "Chief", "Official", "Officials");
  private static final int MAX_WORDS = 14;
  /** Organs named before the local body they belong to: "Standing Committee of the … People's Congress". */
  private static final String[] ORGANS_OF = {"Standing Committee of the ", "General Office of the "};

  /** Heads of Chinese body names, longest first where one contains another. */
  private static final String[] CHINESE_HEADS = {"人民政府", "人民法院", "人民检察院", "委员会", "办公室", "政府", "海关", "局",
      "厅", "委"};
  private static final String CHINESE_LEVEL_SUFFIXES = "省市县区州盟旗";
  private static final String NOT_IN_BODY_NAME = "的了在是及等对将把被为于从向也都已并由上下说称或个们这那到";
  /** Words that show a Chinese name is a university, company or the like rather than a government body. */
  private static final String[] NOT_A_BODY = {"大学", "学院", "学校", "公司", "集团", "银行", "医院", "中心", "协会",
      "研究院", "研究所", "基金"};
  private static final int MAX_CHINESE_MIDDLE = 14;

  private final PlaceNames places;

  LocalBodies(PlaceNames places) {
    this.places = places;
  }

  /** The place names whose matches this reads. */
  PlaceNames places() {
    return places;
  }

  void recognize(Document document, Mentions mentions) {
    String t = document.text().text();
    for (SurfaceAutomaton.Match<PlaceNames.PlaceSurface> match : document.matches(places.automaton())) {
      Mention mention = match.value().form() == PlaceNames.Form.ENGLISH
          ? english(t, match.start(), match.end())
          : chinese(t, match.start(), match.end());
      if (mention != null) {
        mentions.add(mention);
      }
    }
  }

  private static Mention english(String t, int placeStart, int placeEnd) {
    List<Words.Word> words = new ArrayList<>();
    int pos = placeEnd;
    while (words.size() < MAX_WORDS) {
      Words.Word word = Words.after(t, pos, true);
      if (word == null || word.start() > pos + 2) {
        break;
      }
      boolean connector = CONNECTORS.contains(word.text());
      if (!connector && !word.isCapitalized()) {
        break;
      }
      boolean beforeColon = word.end() < t.length() && t.charAt(word.end()) == ':';
      if (beforeColon && !HEADS.contains(word.text())) {
        break; // a label ("… Commission of Commerce Date: November 30"), not a word of the name
      }
      words.add(word);
      pos = word.end();
      if (beforeColon) {
        break;
      }
    }
    int head = -1;
    for (int i = 0; i < words.size(); i++) {
      if (HEADS.contains(words.get(i).text())) {
        head = i;
        break;
      }
      if (TITLES.contains(words.get(i).text())) {
        break;
      }
    }
    if (head < 0) {
      return null;
    }
    while (head + 1 < words.size() && HEADS.contains(words.get(head + 1).text())) {
      head++; // "… Supervision and Administration Commission": the last of adjacent heads ends the name
    }
    boolean level = !words.isEmpty() && LEVEL_WORDS.contains(words.get(0).text());
    if (!level && head == 0 && !PLACE_HEADS.contains(words.get(0).text())) {
      return null; // "Beijing Office" says too little
    }
    int last = head;
    if (head + 1 < words.size() && words.get(head + 1).text().equals("of")) {
      for (int i = head + 2; i < words.size() && !TITLES.contains(words.get(i).text()); i++) {
        if (!CONNECTORS.contains(words.get(i).text())) {
          last = i;
        }
      }
    }
    int end = words.get(last).end();
    int start = placeStart;
    for (String organ : ORGANS_OF) {
      if (start >= organ.length() && t.startsWith(organ, start - organ.length())) {
        start -= organ.length(); // the Standing Committee of the Shanghai Municipal People's Congress
        break;
      }
    }
    String name = t.substring(start, end);
    AgencyRef ref = new AgencyRef(null, null, name, null, AgencyLevel.LOCAL, null, null, null);
    return new Mention(EntityType.AGENCY, start, end, ref, level ? 0.85 : 0.75, RULE);
  }

  private static Mention chinese(String t, int placeStart, int placeEnd) {
    int pos = placeEnd;
    while (pos < t.length() && CHINESE_LEVEL_SUFFIXES.indexOf(t.charAt(pos)) >= 0 && pos - placeEnd < 3) {
      pos++;
    }
    if (t.startsWith("自治区", pos) || t.startsWith("自治州", pos)) {
      pos += 3;
    }
    int middleStart = pos;
    for (int i = middleStart; i < t.length() && i - middleStart <= MAX_CHINESE_MIDDLE; i++) {
      for (String head : CHINESE_HEADS) {
        if (t.startsWith(head, i) && headFits(t, middleStart, i, head)) {
          String middle = t.substring(middleStart, i);
          for (String word : NOT_A_BODY) {
            if (middle.contains(word)) {
              return null;
            }
          }
          int end = i + head.length();
          AgencyRef ref = new AgencyRef(null, null, null, null, AgencyLevel.LOCAL, null, null, null);
          Offices.Found office = Offices.chineseAfter(t, end);
          if (office != null) {
            end = office.end();
          }
          ref = new AgencyRef(null, null, null, t.substring(placeStart, end), AgencyLevel.LOCAL, null, null,
              office == null ? null : office.office());
          return new Mention(EntityType.AGENCY, placeStart, end, ref, 0.8, RULE);
        }
      }
      char c = t.charAt(i);
      if (!Characters.isHan(c) || NOT_IN_BODY_NAME.indexOf(c) >= 0) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether {@code head} at {@code at} ends a body name: 局 and 厅 need a name before them (北京市局 is not one) and
   * must not begin another word (局势, 局面, 局部); 委 must not begin 委员 unless it is 委员会.
   */
  private static boolean headFits(String t, int middleStart, int at, String head) {
    int after = at + head.length();
    char next = after < t.length() ? t.charAt(after) : ' ';
    return switch (head) {
      case "局" -> at > middleStart && "势面部限长".indexOf(next) < 0;
      case "厅" -> at > middleStart && next != '长';
      case "委" -> next != '员' && next != '托';
      default -> true;
    };
  }
}
