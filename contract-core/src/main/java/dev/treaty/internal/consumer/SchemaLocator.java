package dev.treaty.internal.consumer;

import dev.treaty.model.DataType;
import dev.treaty.model.DataType.AnyType;
import dev.treaty.model.DataType.ArrayType;
import dev.treaty.model.DataType.Field;
import dev.treaty.model.DataType.MapType;
import dev.treaty.model.DataType.RecordType;
import dev.treaty.model.DataType.UnionType;
import dev.treaty.model.FieldPath;
import dev.treaty.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Follows a consumer's path through a producer's schema and records what the consumer needs to
 * know on the way: each step's type (nullability included) and, for fields, presence; and where
 * the path is ambiguous or leaves the schema.
 */
final class SchemaLocator {

  private SchemaLocator() {}

  /** What a path leads to. */
  sealed interface Result permits Found, Missing, Ambiguous {}

  /**
   * The path exists.
   *
   * @param type the type at the end, references resolved, null included when nullable
   * @param steps every step on the way (fields, elements, map values, branches), in order
   */
  record Found(DataType type, List<Step> steps) implements Result {
    Found {
      steps = List.copyOf(steps);
    }
  }

  /**
   * The path leaves the schema.
   *
   * @param at the longest prefix that exists
   * @param open whether the object where the path leaves the schema allows undeclared fields of
   *     any value: the field may still arrive, with anything in it
   */
  record Missing(FieldPath at, boolean open) implements Result {}

  /**
   * A field step enters a union whose branches disagree about the field.
   *
   * @param at the path of the union
   * @param branches the labels of the union's non-null branches
   */
  record Ambiguous(FieldPath at, List<String> branches) implements Result {}

  /**
   * One step on the way.
   *
   * @param path the path up to and including this step
   * @param field whether the step is a field (only fields can be absent)
   * @param required for a field, whether the schema guarantees it is present; true otherwise
   * @param type the type of the value there (nullable types included), references resolved
   */
  record Step(FieldPath path, boolean field, boolean required, DataType type) {}

  static Result locate(SchemaModel model, FieldPath path) {
    DataType current = model.resolve(model.root());
    FieldPath at = FieldPath.ROOT;
    List<Step> steps = new ArrayList<>();
    for (FieldPath.Segment segment : path.segments()) {
      FieldPath next = at.append(segment);
      if (segment instanceof FieldPath.Field field) {
        Result fieldResult = field(model, current, field.name(), next, at, steps);
        if (!(fieldResult instanceof Found found)) {
          return fieldResult;
        }
        current = found.type();
      } else {
        DataType inner = nonNull(model, current);
        DataType stepped = null;
        if (segment instanceof FieldPath.Element && inner instanceof ArrayType array) {
          stepped = array.items();
        } else if (segment instanceof FieldPath.MapValue && inner instanceof MapType map) {
          stepped = map.values();
        } else if (segment instanceof FieldPath.MapValue && inner instanceof RecordType record
            && record.fields().isEmpty() && record.additionalFields() != null) {
          stepped = record.additionalFields();
        } else if (segment instanceof FieldPath.Branch branch && inner instanceof UnionType union) {
          for (DataType candidate : union.branches()) {
            if (SchemaModel.branchLabel(model.resolve(candidate)).equals(branch.label())
                || SchemaModel.branchLabel(candidate).equals(branch.label())) {
              stepped = candidate;
            }
          }
        } else if (segment instanceof FieldPath.Branch branch
            && SchemaModel.branchLabel(inner).equals(branch.label())) {
          stepped = inner; // a one-branch "union": the label names the type itself
        }
        if (stepped == null) {
          return new Missing(at, false);
        }
        current = model.resolve(stepped);
        steps.add(new Step(next, false, true, current));
      }
      at = next;
    }
    return new Found(current, steps);
  }

  private static Result field(SchemaModel model, DataType container, String name, FieldPath path,
      FieldPath parent, List<Step> steps) {
    DataType inner = nonNull(model, container);
    if (inner instanceof RecordType record) {
      Field declared = record.field(name);
      if (declared != null) {
        DataType type = model.resolve(declared.type());
        steps.add(new Step(path, true, declared.required(), type));
        return new Found(type, steps);
      }
      DataType extra = record.additionalFields();
      if (extra != null && !(extra instanceof AnyType)) {
        steps.add(new Step(path, true, false, model.resolve(extra)));
        return new Found(model.resolve(extra), steps);
      }
      return new Missing(parent, extra != null);
    }
    if (inner instanceof UnionType union) {
      List<Field> found = new ArrayList<>();
      int records = 0;
      boolean open = false;
      for (DataType branch : union.branches()) {
        DataType resolved = model.resolve(branch);
        if (resolved instanceof RecordType record) {
          records++;
          Field declared = record.field(name);
          if (declared != null) {
            found.add(declared);
          } else if (record.additionalFields() != null) {
            open = true;
          }
        } else if (resolved instanceof AnyType) {
          open = true;
        }
      }
      if (found.isEmpty()) {
        return new Missing(parent, open);
      }
      DataType type = model.resolve(found.get(0).type());
      for (Field other : found) {
        if (!Objects.equals(model.resolve(other.type()), type)) {
          List<String> labels = new ArrayList<>();
          for (DataType branch : union.branches()) {
            if (!branch.isNullable()) {
              labels.add(SchemaModel.branchLabel(model.resolve(branch)));
            }
          }
          return new Ambiguous(parent, labels);
        }
      }
      if (open) {
        // Some branch may carry the name with any value: the field is not reliably of this type.
        List<String> labels = new ArrayList<>();
        for (DataType branch : union.branches()) {
          if (!branch.isNullable()) {
            labels.add(SchemaModel.branchLabel(model.resolve(branch)));
          }
        }
        return new Ambiguous(parent, labels);
      }
      boolean everywhere = found.size() == records
          && records == nonNullBranchCount(union)
          && found.stream().allMatch(Field::required);
      steps.add(new Step(path, true, everywhere, type));
      return new Found(type, steps);
    }
    return new Missing(parent, inner instanceof AnyType);
  }

  private static int nonNullBranchCount(UnionType union) {
    return (int) union.branches().stream().filter(b -> !b.isNullable()).count();
  }

  /**
   * Whether the way from an ancestor down to a path passes through an array element or map value.
   *
   * @param ancestor a prefix of {@code path}
   * @param path the path
   * @return {@code true} if a {@code []} or {@code {}} segment lies between them
   */
  static boolean crossesCollection(FieldPath ancestor, FieldPath path) {
    List<FieldPath.Segment> below = path.segments().subList(ancestor.segments().size(), path.segments().size());
    return below.stream().anyMatch(s -> s instanceof FieldPath.Element || s instanceof FieldPath.MapValue);
  }

  /** The type without null; a nullable union of one other type becomes that type. */
  static DataType nonNull(SchemaModel model, DataType type) {
    DataType resolved = model.resolve(type);
    DataType stripped = resolved.withoutNull();
    return stripped == resolved ? resolved : model.resolve(stripped);
  }

  /**
   * The records a value may be: the record itself, or every record branch of a union.
   *
   * @param model the model
   * @param type a type
   * @return the records, empty when the value is not an object
   */
  static List<RecordType> records(SchemaModel model, DataType type) {
    DataType inner = nonNull(model, type);
    if (inner instanceof RecordType record) {
      return List.of(record);
    }
    List<RecordType> out = new ArrayList<>();
    if (inner instanceof UnionType union) {
      for (DataType branch : union.branches()) {
        if (model.resolve(branch) instanceof RecordType record) {
          out.add(record);
        }
      }
    }
    return out;
  }

  static @Nullable RecordType record(SchemaModel model, DataType type) {
    return nonNull(model, type) instanceof RecordType record ? record : null;
  }
}
