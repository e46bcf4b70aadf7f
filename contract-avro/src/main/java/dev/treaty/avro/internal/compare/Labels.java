package dev.treaty.avro.internal.compare;

import dev.treaty.avro.internal.model.AvroTypes;
import dev.treaty.avro.internal.model.ModelMapper;
import dev.treaty.model.SchemaModel;
import dev.treaty.model.TreatyException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * The label a union branch has in a {@link dev.treaty.model.FieldPath}, exactly as the schema
 * model labels it ({@link SchemaModel#branchLabel}): a record's or enum's unqualified name, else
 * the model's type name ({@code int64}, {@code timestamp(millis)}, {@code array<string>}), so
 * that a finding's path finds its place in the model. One per schema side: a named type's model
 * is cached by full name, which the two versions share.
 */
final class Labels {

  private final ModelMapper mapper = new ModelMapper(null);
  private final Map<Schema, String> cache = new IdentityHashMap<>();

  String of(Schema branch) {
    return cache.computeIfAbsent(branch, this::compute);
  }

  private String compute(Schema branch) {
    try {
      return SchemaModel.branchLabel(mapper.type(branch));
    } catch (TreatyException e) {
      // a branch the model cannot express (an empty union inside it) keeps Avro's name
      return AvroTypes.isNamed(branch) ? branch.getName() : branch.getType().getName();
    }
  }

  /**
   * How a branch is named in messages: an unqualified name, or the Avro type with its logical
   * type ({@code long (timestamp-millis)}).
   *
   * @param branch a union branch
   * @return the name
   */
  static String display(Schema branch) {
    if (AvroTypes.isNamed(branch)) {
      return branch.getName();
    }
    String logical = AvroTypes.logicalLabel(branch);
    return logical == null ? branch.getType().getName()
        : branch.getType().getName() + " (" + logical + ")";
  }
}
