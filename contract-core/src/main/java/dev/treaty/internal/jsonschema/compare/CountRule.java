package dev.treaty.internal.jsonschema.compare;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.internal.jsonschema.read.SchemaNode;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The shape every count bound shares ({@code minLength}, {@code maxItems},
 * {@code minProperties}…): the tightest bound over an alternative's members, compared old to
 * new. A lower bound that rises, or an upper bound that falls, rejects old values; the reverse
 * rejects new values in old readers.
 */
public abstract class CountRule implements PairRule {

  private final Kind kind;
  private final String keyword;
  private final boolean lower;
  private final JsonSchemaRule increased;
  private final JsonSchemaRule decreased;

  /**
   * Creates the rule.
   *
   * @param kind the kind of value it applies to
   * @param keyword the keyword
   * @param lower whether the keyword is a lower bound
   * @param increased the rule reported when the bound rises
   * @param decreased the rule reported when the bound falls
   */
  protected CountRule(Kind kind, String keyword, boolean lower, JsonSchemaRule increased,
      JsonSchemaRule decreased) {
    this.kind = kind;
    this.keyword = keyword;
    this.lower = lower;
    this.increased = increased;
    this.decreased = decreased;
  }

  @Override
  public final Set<Kind> kinds() {
    return Set.of(kind);
  }

  @Override
  public final void check(Pair pair) {
    Long older = bound(pair.older());
    Long newer = bound(pair.newer());
    long was = older == null ? (lower ? 0 : Long.MAX_VALUE) : older;
    long now = newer == null ? (lower ? 0 : Long.MAX_VALUE) : newer;
    if (was == now) {
      return;
    }
    String pointer = pair.pointer(keyword);
    String oldText = older == null && lower ? "0" : Render.count(older);
    String newText = newer == null && lower ? "0" : Render.count(newer);
    // a rising lower bound or a falling upper bound rejects old values
    boolean tighter = lower == now > was;
    if (now > was) {
      pair.report(increased, pointer, oldText, newText, tighter ? BREAKING : COMPATIBLE,
          tighter ? COMPATIBLE : BREAKING);
    } else {
      pair.report(decreased, pointer, oldText, newText, tighter ? BREAKING : COMPATIBLE,
          tighter ? COMPATIBLE : BREAKING);
    }
  }

  private @Nullable Long bound(Conjunction alternative) {
    Long result = null;
    for (SchemaNode member : alternative.members()) {
      Long value = member.count(keyword);
      if (value != null) {
        result = result == null ? value : lower ? Math.max(result, value) : Math.min(result, value);
      }
    }
    return result;
  }

  @Override
  public final List<JsonSchemaRule> reports() {
    return List.of(increased, decreased);
  }
}
