package dev.treaty.model;

import dev.treaty.model.DataType.AnyType;
import dev.treaty.model.DataType.ArrayType;
import dev.treaty.model.DataType.EnumType;
import dev.treaty.model.DataType.Field;
import dev.treaty.model.DataType.MapType;
import dev.treaty.model.DataType.RecordType;
import dev.treaty.model.DataType.RefType;
import dev.treaty.model.DataType.UnionType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A schema in format-neutral terms: the type of the data's root, and the named types that
 * {@link RefType}s point to (so recursive schemas stay finite).
 *
 * @param root the type of a whole payload
 * @param definitions named types, by the name {@link RefType} uses
 */
public record SchemaModel(DataType root, Map<String, DataType> definitions) {

  /** Copies the definitions; references are checked when resolved. */
  public SchemaModel {
    Objects.requireNonNull(root, "root");
    definitions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
  }

  /**
   * A model without named types.
   *
   * @param root the root type
   * @return the model
   */
  public static SchemaModel of(DataType root) {
    return new SchemaModel(root, Map.of());
  }

  /**
   * Follows {@link RefType}s to the type they name.
   *
   * @param type any type of this model
   * @return the type itself, or the named type a reference points to
   * @throws IllegalArgumentException if a reference names no definition, or references form a loop
   *     without any real type in it
   */
  public DataType resolve(DataType type) {
    DataType current = type;
    Set<String> seen = new HashSet<>();
    while (current instanceof RefType ref) {
      if (!seen.add(ref.name())) {
        throw new IllegalArgumentException("type reference " + ref.name() + " refers only to itself");
      }
      DataType target = definitions.get(ref.name());
      if (target == null) {
        throw new IllegalArgumentException("type reference " + ref.name() + " names no definition");
      }
      current = target;
    }
    return current;
  }

  /**
   * The type at a path in the data. Nullable unions are looked through: {@code customer.name}
   * finds {@code name} in a {@code customer} of type {@code union<null,record>}. A union with
   * several non-null branches is entered with a {@link FieldPath.Branch} segment; a field segment
   * also finds a field that exactly one branch has.
   *
   * @param path a path into the data
   * @return the type there (references resolved), or empty when the path leads nowhere
   */
  public Optional<DataType> find(FieldPath path) {
    DataType current = resolve(root);
    for (FieldPath.Segment segment : path.segments()) {
      DataType next = step(current, segment);
      if (next == null) {
        return Optional.empty();
      }
      current = resolve(next);
    }
    return Optional.of(current);
  }

  /**
   * The field declaration at a path, when the path's last step is a field.
   *
   * @param path a path into the data
   * @return the field, or empty when the path does not end at a declared field
   */
  public Optional<Field> findField(FieldPath path) {
    if (!(path.last() instanceof FieldPath.Field last)) {
      return Optional.empty();
    }
    return find(path.parent()).map(parent -> recordField(parent, last.name()));
  }

  /**
   * Every declared field in the data, depth first in schema order, each with its path. A
   * recursive type is entered once per path from the root: its second occurrence on the same path
   * is listed but not entered again.
   *
   * @return the fields
   */
  public List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    walk(FieldPath.ROOT, root, new HashSet<>(), out);
    return List.copyOf(out);
  }

  /**
   * One declared field, with its path.
   *
   * @param path where the field is in the data
   * @param field the declaration
   */
  public record Entry(FieldPath path, Field field) {}

  /**
   * The label that names a union branch in a {@link FieldPath}: the record or enum name when it
   * has one (its simple name, without namespace), else the type name.
   *
   * @param branch a union branch
   * @return the label
   */
  public static String branchLabel(DataType branch) {
    String name = null;
    if (branch instanceof RecordType record) {
      name = record.name();
    } else if (branch instanceof EnumType enumType) {
      name = enumType.name();
    } else if (branch instanceof RefType ref) {
      name = ref.name();
    }
    if (name == null) {
      return branch.typeName();
    }
    int dot = name.lastIndexOf('.');
    return dot >= 0 ? name.substring(dot + 1) : name;
  }

  private @Nullable DataType step(DataType current, FieldPath.Segment segment) {
    if (segment instanceof FieldPath.Field field) {
      Field found = recordField(current, field.name());
      if (found != null) {
        return found.type();
      }
      if (current instanceof RecordType record && record.additionalFields() != null
          && !(record.additionalFields() instanceof AnyType)) {
        return record.additionalFields();
      }
      return null;
    }
    DataType single = current instanceof UnionType ? current.withoutNull() : current;
    if (segment instanceof FieldPath.Element) {
      return single instanceof ArrayType array ? array.items() : null;
    }
    if (segment instanceof FieldPath.MapValue) {
      return single instanceof MapType map ? map.values() : null;
    }
    if (segment instanceof FieldPath.Branch branch && current instanceof UnionType union) {
      for (DataType candidate : union.branches()) {
        if (branchLabel(candidate).equals(branch.label())) {
          return candidate;
        }
      }
    }
    return null;
  }

  private @Nullable Field recordField(DataType type, String name) {
    DataType resolved = resolve(type);
    if (resolved instanceof RecordType record) {
      return record.field(name);
    }
    if (resolved instanceof UnionType union) {
      Field only = null;
      for (DataType branch : union.branches()) {
        Field candidate = recordField(branch, name);
        if (candidate != null) {
          if (only != null) {
            return null; // several branches have it: the path must name the branch
          }
          only = candidate;
        }
      }
      return only;
    }
    return null;
  }

  private void walk(FieldPath path, DataType type, Set<String> refsOnPath, List<Entry> out) {
    if (type instanceof RefType ref) {
      if (!refsOnPath.add(ref.name())) {
        return;
      }
      walk(path, resolve(ref), refsOnPath, out);
      refsOnPath.remove(ref.name());
    } else if (type instanceof RecordType record) {
      for (Field field : record.fields()) {
        FieldPath fieldPath = path.field(field.name());
        out.add(new Entry(fieldPath, field));
        walk(fieldPath, field.type(), refsOnPath, out);
      }
    } else if (type instanceof ArrayType array) {
      walk(path.element(), array.items(), refsOnPath, out);
    } else if (type instanceof MapType map) {
      walk(path.mapValue(), map.values(), refsOnPath, out);
    } else if (type instanceof UnionType union) {
      DataType nonNull = union.withoutNull();
      if (nonNull instanceof UnionType several) {
        for (DataType branch : several.branches()) {
          walk(path.branch(branchLabel(branch)), branch, refsOnPath, out);
        }
      } else {
        walk(path, nonNull, refsOnPath, out);
      }
    }
  }
}
