package dev.treaty.internal.jsonschema.compare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.internal.jsonschema.read.SchemaNode;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import dev.treaty.model.Classification;
import dev.treaty.model.EvolutionPolicy;
import dev.treaty.model.FieldPath;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An old and a new alternative for one kind of value, handed to {@link PairRule}s with what they
 * need: the members of both sides, a way to report, to compare a child place (a property, the
 * items), and to ask whether every value of one schema satisfies another.
 */
public final class Pair {

  private final Comparison comparison;
  private final Conjunction older;
  private final Conjunction newer;
  private final Kind kind;
  private final int depth;
  private final List<Change> changes = new ArrayList<>();

  Pair(Comparison comparison, Conjunction older, Conjunction newer, Kind kind, int depth) {
    this.comparison = comparison;
    this.older = older;
    this.newer = newer;
    this.kind = kind;
    this.depth = depth;
  }

  /**
   * The kind of value being compared.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The old alternative.
   *
   * @return the old conjunction
   */
  public Conjunction older() {
    return older;
  }

  /**
   * The new alternative.
   *
   * @return the new conjunction
   */
  public Conjunction newer() {
    return newer;
  }

  /**
   * The policy of this comparison.
   *
   * @return strict or lenient
   */
  public EvolutionPolicy policy() {
    return comparison.policy();
  }

  /**
   * A JSON pointer for a keyword: at the member of the new side that has it, else at the old
   * side's, else at the new side's first member.
   *
   * @param keyword the keyword
   * @return the pointer, or {@code null} if neither side has a member
   */
  public @Nullable String pointer(String keyword) {
    for (Conjunction side : List.of(newer, older)) {
      for (SchemaNode member : side.members()) {
        if (member.has(keyword)) {
          return member.label(keyword);
        }
      }
    }
    for (Conjunction side : List.of(newer, older)) {
      if (!side.members().isEmpty()) {
        return side.members().get(0).label(null);
      }
    }
    return null;
  }

  /**
   * Reports a change at this place.
   *
   * @param rule the rule
   * @param pointer where in the schema
   * @param oldValue the previous value
   * @param newValue the new value
   * @param backward classification backward
   * @param forward classification forward
   */
  public void report(JsonSchemaRule rule, @Nullable String pointer, @Nullable String oldValue,
      @Nullable String newValue, Classification backward, Classification forward) {
    report(rule, FieldPath.ROOT, pointer, oldValue, newValue, Map.of(), backward, forward);
  }

  /**
   * Reports a change below this place, with extra message values.
   *
   * @param rule the rule
   * @param path the path below this place, or the root for this place
   * @param pointer where in the schema
   * @param oldValue the previous value
   * @param newValue the new value
   * @param values extra message placeholders
   * @param backward classification backward
   * @param forward classification forward
   */
  public void report(JsonSchemaRule rule, FieldPath path, @Nullable String pointer,
      @Nullable String oldValue, @Nullable String newValue, Map<String, String> values,
      Classification backward, Classification forward) {
    changes.add(new Change(rule, path, pointer, oldValue, newValue, values, backward, forward));
  }

  /**
   * Compares a child place (a property's value, an array's items) and reports what changed
   * there, under the step's path.
   *
   * @param olderSchemas the schemas that apply there in the old version
   * @param newerSchemas the schemas that apply there in the new version
   * @param step the path step from here to the child
   */
  public void compareChild(List<SchemaNode> olderSchemas, List<SchemaNode> newerSchemas,
      FieldPath.Segment step) {
    FieldPath prefix = FieldPath.of(List.of(step));
    for (Change change : comparison.location(olderSchemas, newerSchemas,
        EnumSet.allOf(Kind.class), depth + 1)) {
      changes.add(change.under(prefix));
    }
  }

  /**
   * Whether every value valid under the writer's schemas is valid under the reader's, at a
   * child place.
   *
   * @param writer schemas the value was written with
   * @param reader schemas it is read with
   * @return COMPATIBLE if proven, BREAKING if some value fails, UNDECIDABLE otherwise
   */
  public Classification childContains(List<SchemaNode> writer, List<SchemaNode> reader) {
    return Verdicts.backward(comparison.location(writer, reader, EnumSet.allOf(Kind.class),
        depth + 1));
  }

  /**
   * Whether every value valid under the writer's schemas is valid under the reader's, for some
   * kinds of value, one level below this place (property names, say).
   *
   * @param writer schemas the value was written with
   * @param reader schemas it is read with
   * @param kinds the kinds of value that matter
   * @return COMPATIBLE if proven, BREAKING if some value fails, UNDECIDABLE otherwise
   */
  public Classification childContains(List<SchemaNode> writer, List<SchemaNode> reader,
      Set<Kind> kinds) {
    return Verdicts.backward(comparison.location(writer, reader, kinds, depth + 1));
  }

  /**
   * Whether every value valid under one side's alternative, joined with more schemas, is valid
   * under the reader's schemas. The side's own {@code not}s and conditionals are left out of
   * the writer, which only lets it write more: the answer stays sound.
   *
   * @param writerSide {@link #older()} or {@link #newer()}
   * @param extra more schemas the written value satisfies
   * @param reader schemas it is read with
   * @return COMPATIBLE if proven, BREAKING if some value fails, UNDECIDABLE otherwise
   */
  public Classification containsInContext(Conjunction writerSide, List<SchemaNode> extra,
      List<SchemaNode> reader) {
    Alternatives writer = Alternatives.of(writerSide.withoutResiduals(), extra, false);
    return Verdicts.backward(comparison.locationOf(writer, Alternatives.of(reader),
        EnumSet.of(kind), depth));
  }

  /**
   * Whether a side's alternative, joined with more schemas, admits no value of this pair's kind
   * (its own {@code not}s and conditionals left out).
   *
   * @param side {@link #older()} or {@link #newer()}
   * @param extra more schemas
   * @return {@code true} if nothing of this kind satisfies them all
   */
  public boolean nothingInContext(Conjunction side, List<SchemaNode> extra) {
    Alternatives joined = Alternatives.of(side.withoutResiduals(), extra, false);
    if (joined.overflow()) {
      return false;
    }
    for (Conjunction alternative : joined.list()) {
      if (Admission.admits(alternative, kind)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether some listed value ({@code enum}, {@code const}, a boolean, null) of this pair's kind
   * satisfies both a side's whole alternative and more schemas: a value that proves those
   * schemas overlap.
   *
   * @param side {@link #older()} or {@link #newer()}
   * @param extra more schemas
   * @return {@code true} if such a value is found
   */
  public boolean witnessInContext(Conjunction side, List<SchemaNode> extra) {
    Alternatives joined = Alternatives.of(side.withoutResiduals(), extra, false);
    for (Conjunction alternative : joined.list()) {
      List<JsonNode> values = Admission.values(alternative, kind);
      if (values == null) {
        continue;
      }
      for (JsonNode value : values) {
        if (InstanceCheck.accepts(side.members(), value) == Truth.TRUE
            && InstanceCheck.accepts(extra, value) == Truth.TRUE) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether schemas accept no value at all.
   *
   * @param schemas schemas that all apply to one value
   * @return {@code true} if no value satisfies them (as far as kinds tell)
   */
  public boolean acceptsNothing(List<SchemaNode> schemas) {
    for (Conjunction alternative : Alternatives.of(schemas).list()) {
      if (!Admission.kinds(alternative).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a value satisfies an alternative.
   *
   * @param alternative the conjunction
   * @param value the value
   * @return TRUE, FALSE or UNKNOWN
   */
  public Truth accepts(Conjunction alternative, JsonNode value) {
    return InstanceCheck.accepts(alternative.members(), value);
  }

  List<Change> changes() {
    return changes;
  }
}
