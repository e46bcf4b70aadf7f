package dev.treaty.internal.jsonschema.rules.string;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.internal.jsonschema.compare.Conjunction;
import dev.treaty.internal.jsonschema.compare.DeepContent;
import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.compare.Pair;
import dev.treaty.internal.jsonschema.read.CanonicalJson;
import dev.treaty.internal.jsonschema.compare.PairRule;
import dev.treaty.internal.jsonschema.read.SchemaNode;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import dev.treaty.model.FieldPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code contentEncoding}, {@code contentMediaType} and {@code contentSchema}: how the string's
 * content is encoded and what it holds. Readers decode by them, so they are judged like
 * assertions: adding one breaks old data that is not so encoded, dropping one breaks old readers
 * that decode.
 */
public final class ContentRule implements PairRule {

  private static final List<String> KEYWORDS = List.of("contentEncoding", "contentMediaType",
      "contentSchema");

  @Override
  public Set<Kind> kinds() {
    return Set.of(Kind.STRING);
  }

  @Override
  public void check(Pair pair) {
    for (String keyword : KEYWORDS) {
      String older = value(pair.older(), keyword);
      String newer = value(pair.newer(), keyword);
      if (older == null ? newer == null : older.equals(newer)) {
        continue;
      }
      pair.report(JsonSchemaRule.CONTENT_CHANGED, FieldPath.ROOT, pair.pointer(keyword),
          older == null ? "none" : older, newer == null ? "none" : newer,
          Map.of("name", "`" + keyword + "`"), older == null ? BREAKING : newer == null
              ? COMPATIBLE : BREAKING, newer == null ? BREAKING : older == null ? COMPATIBLE
              : BREAKING);
    }
  }

  private static @Nullable String value(Conjunction alternative, String keyword) {
    for (SchemaNode member : alternative.members()) {
      if (member.has(keyword)) {
        SchemaNode schema = member.subschema(keyword);
        return "`" + (schema == null ? CanonicalJson.ofSchema(member.json().get(keyword))
            : DeepContent.of(schema)) + "`";
      }
    }
    return null;
  }

  @Override
  public List<JsonSchemaRule> reports() {
    return List.of(JsonSchemaRule.CONTENT_CHANGED);
  }
}
