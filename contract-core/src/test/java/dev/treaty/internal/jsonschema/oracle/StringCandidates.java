package dev.treaty.internal.jsonschema.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Candidate strings for a constraint view, most telling first: strings matching the pattern, the
 * format's samples, strings exactly at {@code minLength} and {@code maxLength}, the other schema's
 * literals and lengths, then a fixed pool (empty, unicode, digits, every format). Strings the
 * view's lengths or patterns rule out are dropped here already.
 */
final class StringCandidates {

  private static final String FILLER = "abcdefghijklmnopqrstuvwxyz";
  private static final List<String> POOL = List.of("", "x", "hello world", "é", "π", "ABC", "123",
      "true", "null", " ", "a\nb");
  /** Longer strings are not worth building: no schema in sight bounds lengths that far. */
  private static final int MAX_LENGTH = 5000;

  private StringCandidates() {}

  static List<JsonNode> of(ConstraintView view, Vocabulary vocabulary, long seed) {
    int min = view.largest("minLength", 0);
    int max = view.smallest("maxLength", Integer.MAX_VALUE);
    List<Pattern> patterns = compiled(view.texts("pattern"));
    // strings exactly at the bounds, and one step inside them
    Set<String> wanted = new LinkedHashSet<>();
    List<String> patternTexts = view.texts("pattern");
    if (!patternTexts.isEmpty()) {
      wanted.addAll(RegexStringGenerator.generate(patternTexts.get(0), 8, seed));
    }
    for (String format : view.texts("format")) {
      wanted.addAll(FormatSamples.of(format));
    }
    if (view.texts("contentEncoding").contains("base64")) {
      wanted.addAll(FormatSamples.BASE64);
    }
    if (view.texts("contentMediaType").contains("application/json")) {
      wanted.addAll(FormatSamples.JSON_TEXT);
    }
    for (int length : new int[] {min, max, min + 1, max - 1, Math.max(min, 1), (min + Math.min(max, min + 20)) / 2}) {
      if (length >= 0 && length <= MAX_LENGTH) {
        wanted.add(filler(length));
      }
    }
    wanted.addAll(vocabulary.strings());
    for (String pattern : vocabulary.patterns()) {
      wanted.addAll(RegexStringGenerator.generate(pattern, 2, seed));
    }
    for (String format : vocabulary.formats()) {
      wanted.addAll(FormatSamples.of(format));
    }
    for (BigDecimal n : vocabulary.numbers()) {
      if (n.signum() >= 0 && n.compareTo(BigDecimal.valueOf(MAX_LENGTH)) < 0 && n.scale() <= 0) {
        wanted.add(filler(n.intValue()));
        wanted.add(filler(n.intValue() + 1));
      }
    }
    wanted.addAll(POOL);
    wanted.addAll(FormatSamples.oneOfEach());
    List<JsonNode> nodes = new ArrayList<>();
    for (String s : wanted) {
      int length = s.codePointCount(0, s.length());
      if (length >= min && length <= max && patterns.stream().allMatch(p -> p.matcher(s).find())) {
        nodes.add(TextNode.valueOf(s));
      }
    }
    return nodes;
  }

  /** A string of the given length in code points. */
  static String filler(int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(FILLER.charAt(i % FILLER.length()));
    }
    return out.toString();
  }

  private static List<Pattern> compiled(List<String> patterns) {
    List<Pattern> compiled = new ArrayList<>();
    for (String pattern : patterns) {
      try {
        compiled.add(Pattern.compile(pattern));
      } catch (PatternSyntaxException e) {
        // the validator will reject the schema; nothing to filter by
      }
    }
    return compiled;
  }
}
