package dev.treaty.internal.jsonschema.rules.composition;

import static dev.treaty.model.Classification.COMPATIBLE;
import static dev.treaty.model.Classification.UNDECIDABLE;

import dev.treaty.internal.jsonschema.compare.Conjunction;
import dev.treaty.internal.jsonschema.compare.DeepContent;
import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.compare.Pair;
import dev.treaty.internal.jsonschema.compare.PairRule;
import dev.treaty.internal.jsonschema.compare.Verdicts;
import dev.treaty.internal.jsonschema.read.SchemaNode;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import dev.treaty.model.Classification;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code if}/{@code then}/{@code else}, paired by their {@code if}. With the same {@code if},
 * {@code then} is compared for values that satisfy it and {@code else} for the rest, each in the
 * context of the rest of the schema (so {@code then: {properties: {data: {type: string}}}} is
 * harmless where {@code data} is a string anyway). A changed {@code if} moves values between
 * the branches, which Treaty does not decide.
 */
public final class ConditionalRule implements PairRule {

  @Override
  public Set<Kind> kinds() {
    return EnumSet.allOf(Kind.class);
  }

  @Override
  public void check(Pair pair) {
    List<Conditional> older = conditionals(pair.older());
    List<Conditional> newer = conditionals(pair.newer());
    List<Conditional> olderLeft = new ArrayList<>(older);
    List<Conditional> newerLeft = new ArrayList<>();
    for (Conditional now : newer) {
      Conditional same = olderLeft.stream().filter(o -> o.content.equals(now.content))
          .findFirst().orElse(null);
      if (same != null) {
        olderLeft.remove(same);
      } else {
        newerLeft.add(now);
      }
    }
    String pointer = pair.pointer("if");
    for (Conditional now : List.copyOf(newerLeft)) {
      Conditional was = olderLeft.stream().filter(o -> o.condition.equals(now.condition))
          .findFirst().orElse(null);
      if (was == null) {
        continue;
      }
      olderLeft.remove(was);
      newerLeft.remove(now);
      branch(pair, JsonSchemaRule.CONDITIONAL_THEN_CHANGED, pointer, now.whenTrue(was), was,
          now);
      branch(pair, JsonSchemaRule.CONDITIONAL_ELSE_CHANGED, pointer, now.whenFalse(was), was,
          now);
    }
    if (olderLeft.size() == 1 && newerLeft.size() == 1) {
      pair.report(JsonSchemaRule.CONDITIONAL_IF_CHANGED, pointer, null, null, UNDECIDABLE,
          UNDECIDABLE);
      return;
    }
    for (Conditional added : newerLeft) {
      Classification backward = Verdicts.worst(
          holds(pair, pair.older(), added.ifSchema, null, added.thenSchema),
          holds(pair, pair.older(), null, null, added.elseSchema));
      pair.report(JsonSchemaRule.CONDITIONAL_ADDED, pointer, null, null, backward, COMPATIBLE);
    }
    for (Conditional removed : olderLeft) {
      Classification forward = Verdicts.worst(
          holds(pair, pair.newer(), removed.ifSchema, null, removed.thenSchema),
          holds(pair, pair.newer(), null, null, removed.elseSchema));
      pair.report(JsonSchemaRule.CONDITIONAL_REMOVED, pointer, null, null, COMPATIBLE, forward);
    }
  }

  private static void branch(Pair pair, JsonSchemaRule rule, String pointer, Branches branches,
      Conditional was, Conditional now) {
    if (branches.sameContent) {
      return;
    }
    SchemaNode condition = rule == JsonSchemaRule.CONDITIONAL_THEN_CHANGED ? now.ifSchema : null;
    Classification backward = holds(pair, pair.older(), condition, branches.older,
        branches.newer);
    Classification forward = holds(pair, pair.newer(), condition, branches.newer,
        branches.older);
    pair.report(rule, pointer, null, null, backward, forward);
  }

  /**
   * Whether the writer's values (that satisfy {@code condition} and {@code given}, when set)
   * satisfy {@code wanted}. A value failing {@code if} cannot be stated as a schema without its
   * negation; leaving the condition out only lets the writer write more, so it stays sound.
   */
  private static Classification holds(Pair pair, Conjunction writer,
      @Nullable SchemaNode condition, @Nullable SchemaNode given, @Nullable SchemaNode wanted) {
    if (wanted == null) {
      return COMPATIBLE;
    }
    List<SchemaNode> extra = new ArrayList<>();
    if (condition != null) {
      extra.add(condition);
    }
    if (given != null) {
      extra.add(given);
    }
    return pair.containsInContext(writer, extra, List.of(wanted));
  }

  private static List<Conditional> conditionals(Conjunction alternative) {
    List<Conditional> list = new ArrayList<>();
    if (!alternative.withResiduals()) {
      return list;
    }
    for (SchemaNode member : alternative.members()) {
      SchemaNode condition = member.subschema("if");
      SchemaNode then = member.subschema("then");
      SchemaNode otherwise = member.subschema("else");
      if (condition != null && (then != null || otherwise != null)) {
        list.add(new Conditional(condition, then, otherwise));
      }
    }
    return list;
  }

  /** One if/then/else with its contents for pairing. */
  private static final class Conditional {
    final SchemaNode ifSchema;
    final @Nullable SchemaNode thenSchema;
    final @Nullable SchemaNode elseSchema;
    final String condition;
    final String content;

    Conditional(SchemaNode ifSchema, @Nullable SchemaNode thenSchema,
        @Nullable SchemaNode elseSchema) {
      this.ifSchema = ifSchema;
      this.thenSchema = thenSchema;
      this.elseSchema = elseSchema;
      this.condition = DeepContent.of(ifSchema);
      this.content = condition + "|" + text(thenSchema) + "|" + text(elseSchema);
    }

    Branches whenTrue(Conditional was) {
      return new Branches(was.thenSchema, thenSchema, text(was.thenSchema).equals(text(thenSchema)));
    }

    Branches whenFalse(Conditional was) {
      return new Branches(was.elseSchema, elseSchema, text(was.elseSchema).equals(text(elseSchema)));
    }

    private static String text(@Nullable SchemaNode schema) {
      return schema == null ? "-" : DeepContent.of(schema);
    }
  }

  /** The old and new schema of one branch. */
  private record Branches(@Nullable SchemaNode older, @Nullable SchemaNode newer,
      boolean sameContent) {}

  @Override
  public List<JsonSchemaRule> reports() {
    return List.of(JsonSchemaRule.CONDITIONAL_ADDED, JsonSchemaRule.CONDITIONAL_REMOVED,
        JsonSchemaRule.CONDITIONAL_IF_CHANGED, JsonSchemaRule.CONDITIONAL_THEN_CHANGED,
        JsonSchemaRule.CONDITIONAL_ELSE_CHANGED);
  }
}
