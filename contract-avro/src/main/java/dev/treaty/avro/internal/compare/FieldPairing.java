package dev.treaty.avro.internal.compare;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Pairs the fields of an old and a new record, once per direction: backward, each new field looks
 * up the old field it reads; forward, each old field looks up the new one. By name first, then by
 * the reading field's aliases (only where Java's decoder applies them, see {@link Names}).
 */
final class FieldPairing {

  private FieldPairing() {}

  /**
   * Pairs the fields.
   *
   * @param older the old record
   * @param newer the new record
   * @param olderPointer the old record's JSON pointer, or {@code null}
   * @param newerPointer the new record's JSON pointer, or {@code null}
   * @return new fields in order (each with its counterpart, if any), then removed old fields
   */
  static List<FieldMatch> match(Schema older, Schema newer, @Nullable String olderPointer,
      @Nullable String newerPointer) {
    Map<Schema.Field, Schema.Field> backward = new IdentityHashMap<>();
    for (Schema.Field newField : newer.getFields()) {
      Schema.Field read = Names.writerField(older, newer, newField);
      if (read != null) {
        backward.put(newField, read);
      }
    }
    Map<Schema.Field, Schema.Field> forward = new IdentityHashMap<>();
    for (Schema.Field oldField : older.getFields()) {
      Schema.Field read = Names.writerField(newer, older, oldField);
      if (read != null) {
        forward.put(read, oldField);
      }
    }
    // aliases the decoder does not apply (the records' full names differ), to say so
    Map<Schema.Field, Schema.Field> backwardIgnored = new IdentityHashMap<>();
    Map<Schema.Field, Schema.Field> forwardIgnored = new IdentityHashMap<>();
    for (Schema.Field newField : newer.getFields()) {
      Schema.Field aliased = Names.aliasedField(older, newField);
      if (!backward.containsKey(newField) && aliased != null
          && newer.getField(aliased.name()) == null) {
        backwardIgnored.put(newField, aliased);
      }
    }
    for (Schema.Field oldField : older.getFields()) {
      Schema.Field aliased = Names.aliasedField(newer, oldField);
      if (!forward.containsValue(oldField) && aliased != null
          && older.getField(aliased.name()) == null) {
        forwardIgnored.put(aliased, oldField);
      }
    }
    List<FieldMatch> out = new ArrayList<>();
    Map<Schema.Field, Boolean> pairedOld = new IdentityHashMap<>();
    for (Schema.Field newField : newer.getFields()) {
      Schema.Field byBackward = backward.get(newField);
      Schema.Field byForward = forward.get(newField);
      if (byBackward != null && byForward != null && byBackward != byForward) {
        // two different old fields claim this one: pair by the backward reading, and report the
        // forward claimant on its own (it reads a field the new reader reads from elsewhere)
        byForward = null;
      }
      Schema.Field old = byBackward != null ? byBackward : byForward;
      if (old == null) {
        old = backwardIgnored.get(newField);
      }
      if (old == null) {
        old = forwardIgnored.get(newField);
      }
      if (old == null) {
        out.add(new FieldMatch(null, newField, Directions.NONE, Directions.NONE, null,
            pointer(newerPointer, newField)));
        continue;
      }
      pairedOld.put(old, Boolean.TRUE);
      Directions matched = new Directions(byBackward == old, forward.get(newField) == old);
      Directions ignored = new Directions(backwardIgnored.get(newField) == old,
          forwardIgnored.get(newField) == old);
      out.add(new FieldMatch(old, newField, matched, ignored, pointer(olderPointer, old),
          pointer(newerPointer, newField)));
    }
    for (Schema.Field oldField : older.getFields()) {
      if (!pairedOld.containsKey(oldField)) {
        out.add(new FieldMatch(oldField, null, Directions.NONE, Directions.NONE,
            pointer(olderPointer, oldField), null));
      }
    }
    return out;
  }

  private static @Nullable String pointer(@Nullable String record, Schema.Field field) {
    return record == null ? null : record + "/fields/" + field.pos();
  }
}
