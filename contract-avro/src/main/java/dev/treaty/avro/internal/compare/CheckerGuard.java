package dev.treaty.avro.internal.compare;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.avro.internal.rules.AvroRule;
import dev.treaty.model.Classification;
import dev.treaty.model.FieldPath;
import java.util.List;
import java.util.Map;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;
import org.jspecify.annotations.Nullable;

/**
 * Avro's own checker as a second opinion. Treaty's rules are stricter than
 * {@code SchemaCompatibility} by design (they also catch values that decode with another
 * meaning), so where Avro finds an incompatibility, some rule should already break that
 * direction. If none does, the guard reports Avro's finding as
 * {@code avro.resolution.incompatible}: Treaty is never more lenient than Avro.
 */
public final class CheckerGuard {

  private CheckerGuard() {}

  /**
   * Adds a guard change for each direction Avro's checker fails and no change fails.
   *
   * @param older the old schema
   * @param newer the new schema
   * @param changes the rules' changes
   * @return the changes, with guard changes added where needed
   */
  public static List<Change> guard(Schema older, Schema newer, List<Change> changes) {
    boolean backwardFails = changes.stream().anyMatch(c -> c.backward().fails());
    boolean forwardFails = changes.stream().anyMatch(c -> c.forward().fails());
    List<Change> out = new java.util.ArrayList<>(changes);
    if (!backwardFails) {
      String problem = incompatibility(newer, older);
      if (problem != null) {
        out.add(change("new readers reading old data: " + problem, BREAKING, COMPATIBLE));
      }
    }
    if (!forwardFails) {
      String problem = incompatibility(older, newer);
      if (problem != null) {
        out.add(change("old readers reading new data: " + problem, COMPATIBLE, BREAKING));
      }
    }
    return out;
  }

  private static Change change(String detail, Classification backward,
      Classification forward) {
    return new Change(AvroRule.RESOLUTION_INCOMPATIBLE, FieldPath.ROOT, null, null, null,
        Map.of("detail", detail), backward, forward);
  }

  /** Avro's first incompatibility of a reader and writer, or {@code null} when compatible. */
  private static @Nullable String incompatibility(Schema reader, Schema writer) {
    try {
      SchemaPairCompatibility result =
          SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
      if (result.getType() != SchemaCompatibility.SchemaCompatibilityType.INCOMPATIBLE) {
        return null;
      }
      List<Incompatibility> found = result.getResult().getIncompatibilities();
      if (found.isEmpty()) {
        return "incompatible";
      }
      Incompatibility first = found.get(0);
      return first.getType() + " at " + first.getLocation() + " (" + first.getMessage() + ")";
    } catch (AvroRuntimeException e) {
      // e.g. a reader field whose aliases match several writer fields
      return String.valueOf(e.getMessage());
    }
  }
}
