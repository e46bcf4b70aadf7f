package dev.treaty.internal.jsonschema.rules.string;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;
import static dev.treaty.model.Classification.UNDECIDABLE;

import dev.treaty.internal.jsonschema.compare.Conjunction;
import dev.treaty.internal.jsonschema.compare.Formats;
import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.compare.Pair;
import dev.treaty.internal.jsonschema.compare.PairRule;
import dev.treaty.internal.jsonschema.read.SchemaNode;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import dev.treaty.model.Classification;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code format} added, removed or changed. Treaty reads {@code format} as an assertion in every
 * draft, because readers act on it (they parse the date, the UUID); where a draft makes it an
 * annotation this is only stricter. A change in the direction of a known widening ({@code uri}
 * to {@code iri}) is compatible; between formats Treaty does not know, undecidable. On numbers
 * only OpenAPI's numeric formats count.
 */
public final class FormatRule implements PairRule {

  private static final Set<String> NUMERIC = Set.of("int32", "int64", "float", "double");

  @Override
  public Set<Kind> kinds() {
    return Set.of(Kind.STRING, Kind.NUMBER);
  }

  @Override
  public void check(Pair pair) {
    Set<String> older = formats(pair.older(), pair.kind());
    Set<String> newer = formats(pair.newer(), pair.kind());
    if (older.equals(newer)) {
      return;
    }
    String pointer = pair.pointer("format");
    String was = String.join(", ", older);
    String now = String.join(", ", newer);
    if (older.isEmpty()) {
      pair.report(JsonSchemaRule.FORMAT_ADDED, pointer, null, now, known(newer, BREAKING),
          COMPATIBLE);
    } else if (newer.isEmpty()) {
      pair.report(JsonSchemaRule.FORMAT_REMOVED, pointer, was, null, COMPATIBLE,
          known(older, BREAKING));
    } else {
      pair.report(JsonSchemaRule.FORMAT_CHANGED, pointer, was, now, narrowing(older, newer),
          narrowing(newer, older));
    }
  }

  /** Whether values of the writer's formats all have the reader's formats. */
  private static Classification narrowing(Set<String> writer, Set<String> reader) {
    for (String wanted : reader) {
      if (writer.stream().noneMatch(w -> Formats.within(w, wanted))) {
        return known(writer, known(reader, BREAKING));
      }
    }
    return COMPATIBLE;
  }

  private static Classification known(Set<String> formats, Classification ifKnown) {
    return Formats.KNOWN.containsAll(formats) ? ifKnown : UNDECIDABLE;
  }

  private static Set<String> formats(Conjunction alternative, Kind kind) {
    Set<String> formats = new LinkedHashSet<>();
    for (SchemaNode member : alternative.members()) {
      String format = member.text("format");
      if (format != null && (kind == Kind.NUMBER) == NUMERIC.contains(format)) {
        formats.add(format);
      }
    }
    return formats;
  }

  @Override
  public List<JsonSchemaRule> reports() {
    return List.of(JsonSchemaRule.FORMAT_ADDED, JsonSchemaRule.FORMAT_REMOVED,
        JsonSchemaRule.FORMAT_CHANGED);
  }
}
