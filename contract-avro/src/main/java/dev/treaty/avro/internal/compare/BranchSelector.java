package dev.treaty.avro.internal.compare;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * Which branch of a reading union Avro's decoder picks for a value of a writer's type, as
 * Avro 1.12's Java decoder does it ({@code Resolver}), so that Treaty's verdicts hold for the
 * decoder people actually run:
 *
 * <ol>
 *   <li>a branch of the same type; for a named type, one with the writer's full name (or an
 *       alias of it) wins at once;
 *   <li>otherwise, for a record, the first record branch the writer's record resolves against
 *       without an immediate error, preferring one with the same unqualified name — enums and
 *       fixed types get no such second chance, so a namespace change fails here;
 *   <li>otherwise the first branch the type promotes to (int to long, float or double; long to
 *       float or double; float to double; string and bytes to each other).
 * </ol>
 *
 * <p>A writer union whose branches line up with the reader union's (same types, unqualified
 * names, symbols, field names and sizes, in the same order) is read branch by branch by index;
 * {@link #equivalent} tells when.
 */
public final class BranchSelector {

  /** Creates a selector; it caches what it learns, so use one per comparison. */
  public BranchSelector() {
    // caches below
  }

  /** Pairs under evaluation, assumed to resolve (as Avro's decoder assumes for recursion). */
  private final Map<Schema, Map<Schema, Boolean>> inProgress = new IdentityHashMap<>();

  /**
   * The branch a reader union picks for a writer's non-union type.
   *
   * @param writer the writing schema, not a union
   * @param readerUnion the reading union
   * @return the branch's index, or -1 when the decoder finds none
   */
  public int select(Schema writer, Schema readerUnion) {
    List<Schema> branches = readerUnion.getTypes();
    int structureMatch = -1;
    for (int j = 0; j < branches.size(); j++) {
      Schema branch = branches.get(j);
      if (branch.getType() != writer.getType()) {
        continue;
      }
      if (!Names.isNamed(writer)) {
        return j;
      }
      if (Names.fullNameMatches(branch, writer)) {
        return j;
      }
      if (writer.getType() == Schema.Type.RECORD && !recordMatchError(writer, branch)) {
        if (structureMatch < 0 || writer.getName().equals(branch.getName())) {
          structureMatch = j;
        }
      }
    }
    if (structureMatch >= 0) {
      return structureMatch;
    }
    for (int j = 0; j < branches.size(); j++) {
      Reading reading = Reading.of(writer, branches.get(j));
      if (reading != Reading.SAME && reading.decodes()) {
        return j;
      }
    }
    return -1;
  }

  /**
   * Whether a writer union and a reader union line up branch by branch, so that the decoder
   * reads each writer branch with the reader branch at the same index.
   *
   * @param writer the writing union
   * @param reader the reading union
   * @return {@code true} when they are equivalent
   */
  public boolean equivalent(Schema writer, Schema reader) {
    return equivalent(writer, reader, new IdentityHashMap<>());
  }

  private boolean equivalent(Schema writer, Schema reader, Map<Schema, Schema> seen) {
    if (writer.getType() != reader.getType()) {
      return false;
    }
    if (Names.isNamed(writer) && !Names.shortNameMatches(reader, writer)) {
      return false;
    }
    return switch (writer.getType()) {
      case ARRAY -> equivalent(writer.getElementType(), reader.getElementType(), seen);
      case MAP -> equivalent(writer.getValueType(), reader.getValueType(), seen);
      case FIXED -> writer.getFixedSize() == reader.getFixedSize();
      case ENUM -> writer.getEnumSymbols().equals(reader.getEnumSymbols());
      case UNION -> {
        List<Schema> w = writer.getTypes();
        List<Schema> r = reader.getTypes();
        if (w.size() != r.size()) {
          yield false;
        }
        for (int i = 0; i < w.size(); i++) {
          if (!equivalent(w.get(i), r.get(i), seen)) {
            yield false;
          }
        }
        yield true;
      }
      case RECORD -> {
        if (seen.get(writer) == reader) {
          yield true; // optimistic for recursion, as the decoder is
        }
        seen.put(writer, reader);
        List<Schema.Field> w = writer.getFields();
        List<Schema.Field> r = reader.getFields();
        if (w.size() != r.size()) {
          yield false;
        }
        for (int i = 0; i < w.size(); i++) {
          if (!w.get(i).name().equals(r.get(i).name())
              || !equivalent(w.get(i).schema(), r.get(i).schema(), seen)) {
            yield false;
          }
        }
        yield true;
      }
      default -> true;
    };
  }

  /**
   * Whether resolving a writer's record against a reader's record fails at once: a reader field
   * without a default that the writer lacks, or a field whose own resolution fails at once. The
   * decoder looks no deeper than that when it picks a record branch.
   */
  private boolean recordMatchError(Schema writer, Schema reader) {
    Map<Schema, Boolean> byReader = inProgress.computeIfAbsent(writer,
        w -> new IdentityHashMap<>());
    Boolean known = byReader.get(reader);
    if (known != null) {
      return known;
    }
    byReader.put(reader, Boolean.FALSE);
    boolean error = missingRequiredField(writer, reader);
    if (!error) {
      for (Schema.Field readerField : reader.getFields()) {
        Schema.Field writerField = Names.writerField(writer, reader, readerField);
        if (writerField != null && immediateError(writerField.schema(), readerField.schema())) {
          error = true;
          break;
        }
      }
    }
    byReader.put(reader, error);
    return error;
  }

  private static boolean missingRequiredField(Schema writer, Schema reader) {
    for (Schema.Field readerField : reader.getFields()) {
      if (Names.writerField(writer, reader, readerField) == null
          && !readerField.hasDefaultValue()) {
        return true;
      }
    }
    return false;
  }

  private boolean immediateError(Schema writer, Schema reader) {
    if (writer.getType() == Schema.Type.UNION) {
      return false; // a writer union fails only for values of a bad branch, later
    }
    if (writer.getType() == reader.getType()) {
      return switch (writer.getType()) {
        case FIXED -> !Names.shortNameMatches(reader, writer)
            || writer.getFixedSize() != reader.getFixedSize();
        case ENUM -> !Names.shortNameMatches(reader, writer);
        case RECORD -> missingRequiredField(writer, reader);
        default -> false;
      };
    }
    if (reader.getType() == Schema.Type.UNION) {
      return select(writer, reader) < 0;
    }
    return !Reading.of(writer, reader).decodes();
  }
}
