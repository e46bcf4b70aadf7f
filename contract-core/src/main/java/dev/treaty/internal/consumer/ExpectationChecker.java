package dev.treaty.internal.consumer;

import dev.treaty.model.DataType;
import dev.treaty.model.DataType.AnyType;
import dev.treaty.model.DataType.RecordType;
import dev.treaty.model.Expectation;
import dev.treaty.model.Expectation.FieldExpectation;
import dev.treaty.model.Expectation.Tolerance;
import dev.treaty.model.FieldPath;
import dev.treaty.model.Finding;
import dev.treaty.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Checks one consumer's expectation against one schema — absolutely, not against a change: it
 * says everything about the schema that this consumer cannot live with. Comparing the result for
 * the previous and the new schema tells what a change newly breaks.
 */
public final class ExpectationChecker {

  private static final List<FieldCheck> CHECKS = List.of(
      new PresenceCheck(), new NullabilityCheck(), new TypeCheck(), new ValuesCheck(),
      new LengthCheck(), new RangeCheck(), new MultipleOfCheck(), new PatternCheck(), new FormatCheck());

  private ExpectationChecker() {}

  /**
   * Checks an expectation against a schema.
   *
   * @param expectation what the consumer relies on
   * @param model the producer's schema
   * @return the findings, sorted and without duplicates
   */
  public static List<Finding> check(Expectation expectation, SchemaModel model) {
    Set<Finding> out = new TreeSet<>();
    List<Finding> buffer = new ArrayList<>();
    for (FieldExpectation field : expectation.fields()) {
      SchemaLocator.Result result = SchemaLocator.locate(model, field.path());
      if (result instanceof SchemaLocator.Missing missing) {
        if (field.required()) {
          out.add(finding(expectation, field.path(), ExpectationRule.FIELD_MISSING, "present", "absent",
              expectation.consumer(), field.path()));
        } else if (missing.open() && assumesSomething(field)) {
          String reads = field.type() == null ? "constrained" : field.type().toString();
          out.add(finding(expectation, field.path(), ExpectationRule.FIELD_UNDECLARED, reads, "any",
              expectation.consumer(), field.path(), reads));
        } else {
          out.add(finding(expectation, field.path(), ExpectationRule.FIELD_ABSENT, "optional", "absent",
              expectation.consumer(), field.path()));
        }
      } else if (result instanceof SchemaLocator.Ambiguous ambiguous) {
        String example = ambiguous.at().branch(ambiguous.branches().get(0))
            + field.path().toString().substring(ambiguous.at().toString().length());
        out.add(finding(expectation, field.path(), ExpectationRule.PATH_AMBIGUOUS, null,
            String.join(", ", ambiguous.branches()), expectation.consumer(), field.path(),
            String.join(", ", ambiguous.branches()), example));
      } else {
        FieldCheck.CheckedField checked =
            new FieldCheck.CheckedField(expectation, field, model, (SchemaLocator.Found) result);
        buffer.clear();
        for (FieldCheck check : CHECKS) {
          check.check(checked, buffer);
        }
        out.addAll(buffer);
      }
    }
    checkExtraFields(expectation, model, out);
    return List.copyOf(out);
  }

  /** Whether the consumer assumes anything of a field's values, which an undeclared field may break. */
  private static boolean assumesSomething(FieldExpectation field) {
    boolean typed = field.type() != null && !field.type().base().equals("any");
    return typed || !field.values().isEmpty() || !field.constraints().isEmpty() || !field.nullable();
  }

  /**
   * Every object the consumer describes — the root, each object on the path to a field it reads —
   * where it rejects unknown fields must declare nothing it does not read, and must be closed.
   */
  private static void checkExtraFields(Expectation expectation, SchemaModel model, Set<Finding> out) {
    Set<FieldPath> objects = new TreeSet<>();
    objects.add(FieldPath.ROOT);
    for (FieldExpectation field : expectation.fields()) {
      for (FieldPath p = field.path().parent(); !p.isRoot(); p = p.parent()) {
        objects.add(p);
      }
      if (field.type() != null && field.type().base().equals("record")) {
        objects.add(field.path());
      }
    }
    for (FieldPath object : objects) {
      if (tolerance(expectation, object) != Tolerance.REJECT) {
        continue;
      }
      if (!(SchemaLocator.locate(model, object) instanceof SchemaLocator.Found found)) {
        continue;
      }
      Set<String> known = knownFields(expectation, object);
      String where = object.isRoot() ? "(root)" : object.toString();
      // A polymorphic object is any of its branches: each must declare nothing unknown (a branch
      // the consumer names in a path is checked at that path instead).
      for (RecordType record : SchemaLocator.records(model, found.type())) {
        if (!(SchemaLocator.nonNull(model, found.type()) instanceof RecordType)
            && objects.contains(object.branch(dev.treaty.model.SchemaModel.branchLabel(record)))) {
          continue;
        }
        for (DataType.Field declared : record.fields()) {
          if (!known.contains(declared.name())) {
            FieldPath path = object.field(declared.name());
            out.add(finding(expectation, path, ExpectationRule.FIELD_ADDED, null, declared.name(),
                expectation.consumer(), where, path));
          }
        }
        DataType extra = record.additionalFields();
        if (extra != null) {
          out.add(finding(expectation, object, ExpectationRule.OBJECT_OPENED, "closed",
              extra instanceof AnyType ? "open" : "open (" + extra.typeName() + ")",
              expectation.consumer(), where));
        }
      }
    }
  }

  /**
   * The names the consumer knows directly inside an object: every field it declares there, and
   * every field that leads to one it declares deeper down ({@code customer} for
   * {@code customer.name}).
   */
  private static Set<String> knownFields(Expectation expectation, FieldPath object) {
    Set<String> known = new TreeSet<>();
    int depth = object.segments().size();
    for (FieldExpectation field : expectation.fields()) {
      List<FieldPath.Segment> segments = field.path().segments();
      if (segments.size() <= depth || !field.path().startsWith(object)) {
        continue;
      }
      FieldPath.Segment next = segments.get(depth);
      if (next instanceof FieldPath.Branch && segments.size() > depth + 1) {
        next = segments.get(depth + 1); // a field of one branch of a polymorphic object
      }
      if (next instanceof FieldPath.Field f) {
        known.add(f.name());
      }
    }
    return known;
  }

  /** The consumer's tolerance of unknown fields in an object: its own setting, else inherited. */
  static Tolerance tolerance(Expectation expectation, FieldPath object) {
    for (FieldPath p = object; ; p = p.parent()) {
      Tolerance own = expectation.field(p).map(FieldExpectation::extraFields).orElse(null);
      if (own != null) {
        return own;
      }
      if (p.isRoot()) {
        return expectation.extraFields();
      }
    }
  }

  private static Finding finding(Expectation expectation, FieldPath path, ExpectationRule rule,
      @Nullable String oldValue, @Nullable String newValue, Object... arguments) {
    return new Finding(rule.id(), path, null, oldValue, newValue, rule.message(arguments),
        expectation.consumer(), rule.descriptor().backward(), rule.descriptor().forward());
  }
}
