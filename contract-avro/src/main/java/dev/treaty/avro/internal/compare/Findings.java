package dev.treaty.avro.internal.compare;

import dev.treaty.model.FieldPath;
import dev.treaty.model.Finding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns changes into findings: messages from the catalogue's templates, one finding per distinct
 * change (a pair judged in both directions separately may yield the same change twice; the most
 * severe classification per direction wins), sorted.
 */
public final class Findings {

  private Findings() {}

  /**
   * The findings of a comparison.
   *
   * @param changes the changes, paths from the data's root
   * @return the findings, de-duplicated and sorted
   */
  public static List<Finding> of(List<Change> changes) {
    return Finding.merged(changes.stream().map(Findings::toFinding).toList());
  }

  private static Finding toFinding(Change change) {
    Map<String, String> values = new HashMap<>(change.values());
    values.put("old", change.oldValue() == null ? "none" : change.oldValue());
    values.put("new", change.newValue() == null ? "none" : change.newValue());
    String message = change.rule().message(subject(change.path()), values);
    return new Finding(change.rule().id(), change.path(), change.pointer(), change.oldValue(),
        change.newValue(), message, null, change.backward(), change.forward());
  }

  /**
   * How a message names a place in the data.
   *
   * @param path the place
   * @return e.g. "the payload", "field `lines[].sku`", "the items of field `tags`"
   */
  static String subject(FieldPath path) {
    FieldPath.Segment last = path.last();
    if (last == null) {
      return "the payload";
    }
    if (last instanceof FieldPath.Field) {
      return "field `" + path + "`";
    }
    String parent = subject(path.parent());
    if (last instanceof FieldPath.Element) {
      return "the items of " + parent;
    }
    if (last instanceof FieldPath.MapValue) {
      return "the values of " + parent;
    }
    return "the `" + ((FieldPath.Branch) last).label() + "` branch of " + parent;
  }
}
