package dev.treaty.internal.verify;

import dev.treaty.model.Constraints;
import dev.treaty.model.DataType;
import dev.treaty.model.DataType.ArrayType;
import dev.treaty.model.DataType.Field;
import dev.treaty.model.DataType.MapType;
import dev.treaty.model.DataType.RecordType;
import dev.treaty.model.DataType.RefType;
import dev.treaty.model.DataType.UnionType;
import dev.treaty.model.FieldPath;
import dev.treaty.model.Finding;
import dev.treaty.model.SchemaModel;
import dev.treaty.spi.ParsedSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data of a whole contract as one model: the single schema object's model, or — for a
 * contract with several objects — a record whose fields are the objects, so that paths start with
 * the object's name ({@code OrderPlaced.orderId}). Named types are prefixed with their object's
 * name so that two objects' definitions never collide.
 */
final class ContractModel {

  private ContractModel() {}

  static SchemaModel of(Map<String, ParsedSchema> schemas) {
    if (schemas.size() == 1) {
      return schemas.values().iterator().next().model();
    }
    List<Field> fields = new ArrayList<>();
    Map<String, DataType> definitions = new LinkedHashMap<>();
    for (Map.Entry<String, ParsedSchema> entry : schemas.entrySet()) {
      String prefix = entry.getKey() + "/";
      SchemaModel model = entry.getValue().model();
      fields.add(Field.of(entry.getKey(), rename(model.root(), prefix), true));
      model.definitions().forEach((name, type) -> definitions.put(prefix + name, rename(type, prefix)));
    }
    return new SchemaModel(new RecordType(null, fields, null, Constraints.NONE), definitions);
  }

  /** A finding of one object's comparison, placed under the object's name in a multi-object contract. */
  static Finding under(String objectName, Finding finding) {
    List<FieldPath.Segment> segments = new ArrayList<>();
    segments.add(new FieldPath.Field(objectName));
    segments.addAll(finding.path().segments());
    return new Finding(finding.ruleId(), FieldPath.of(segments), finding.schemaPointer(),
        finding.oldValue(), finding.newValue(), finding.message(), finding.consumer(),
        finding.backward(), finding.forward());
  }

  private static DataType rename(DataType type, String prefix) {
    if (type instanceof RefType ref) {
      return new RefType(prefix + ref.name());
    }
    if (type instanceof RecordType record) {
      List<Field> fields = new ArrayList<>();
      for (Field field : record.fields()) {
        fields.add(new Field(field.name(), rename(field.type(), prefix), field.required(),
            field.defaultValue(), field.aliases(), field.description()));
      }
      DataType extra = record.additionalFields() == null ? null : rename(record.additionalFields(), prefix);
      return new RecordType(record.name(), fields, extra, record.constraints());
    }
    if (type instanceof ArrayType array) {
      return new ArrayType(rename(array.items(), prefix), array.constraints());
    }
    if (type instanceof MapType map) {
      return new MapType(rename(map.values(), prefix), map.constraints());
    }
    if (type instanceof UnionType union) {
      return new UnionType(union.branches().stream().map(b -> rename(b, prefix)).toList());
    }
    return type;
  }
}
