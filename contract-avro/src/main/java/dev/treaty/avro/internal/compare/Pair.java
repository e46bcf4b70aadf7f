package dev.treaty.avro.internal.compare;

import dev.treaty.avro.internal.rules.AvroRule;
import dev.treaty.model.Classification;
import dev.treaty.model.FieldPath;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One old and one new schema at the same place in the data, as a rule sees them: the schemas,
 * the directions in which they are read, their JSON pointers, and (for two records) their fields
 * paired. A rule reports changes here; classifications in a direction that is not read at this
 * place become compatible, and a change that is then compatible everywhere is dropped unless
 * both directions are read (where it still informs).
 */
public final class Pair {

  private final Schema older;
  private final Schema newer;
  private final Directions reading;
  private final Directions fullNameNeeded;
  private final @Nullable String olderPointer;
  private final @Nullable String newerPointer;
  private final List<FieldMatch> fields;
  private final List<Change> out;

  Pair(Schema older, Schema newer, Directions reading, Directions fullNameNeeded,
      @Nullable String olderPointer, @Nullable String newerPointer, List<FieldMatch> fields,
      List<Change> out) {
    this.older = older;
    this.newer = newer;
    this.reading = reading;
    this.fullNameNeeded = fullNameNeeded;
    this.olderPointer = olderPointer;
    this.newerPointer = newerPointer;
    this.fields = List.copyOf(fields);
    this.out = out;
  }

  /**
   * The old schema.
   *
   * @return the schema; never a union (the engine pairs union branches first)
   */
  public Schema older() {
    return older;
  }

  /**
   * The new schema.
   *
   * @return the schema; never a union
   */
  public Schema newer() {
    return newer;
  }

  /**
   * The directions in which this pair is read.
   *
   * @return the directions
   */
  public Directions reading() {
    return reading;
  }

  /**
   * The directions in which the reader reaches this pair only by the writer's full name: Java's
   * decoder picks an enum or fixed branch of a union that way (a record it can also match by
   * structure).
   *
   * @return the directions; none outside such unions
   */
  public Directions fullNameNeeded() {
    return fullNameNeeded;
  }

  /**
   * Whether both schemas are of this type.
   *
   * @param type a schema type
   * @return {@code true} if old and new are both of it
   */
  public boolean both(Schema.Type type) {
    return older.getType() == type && newer.getType() == type;
  }

  /**
   * The two records' fields, paired; empty unless both schemas are records.
   *
   * @return new fields in order with their counterparts, then removed fields
   */
  public List<FieldMatch> fields() {
    return fields;
  }

  /**
   * Reports a change at this place.
   *
   * @param rule the rule
   * @param oldValue the previous value, or {@code null}
   * @param newValue the new value, or {@code null}
   * @param values further placeholders ({@code name}, {@code detail})
   * @param backward the backward classification
   * @param forward the forward classification
   */
  public void report(AvroRule rule, @Nullable String oldValue, @Nullable String newValue,
      Map<String, String> values, Classification backward, Classification forward) {
    report(rule, FieldPath.ROOT, newerPointer != null ? newerPointer : olderPointer, oldValue,
        newValue, values, backward, forward);
  }

  /**
   * Reports a change below this place (a field of a record).
   *
   * @param rule the rule
   * @param path where, relative to this place
   * @param pointer where in the schema file, or {@code null}
   * @param oldValue the previous value, or {@code null}
   * @param newValue the new value, or {@code null}
   * @param values further placeholders ({@code name}, {@code detail})
   * @param backward the backward classification
   * @param forward the forward classification
   */
  public void report(AvroRule rule, FieldPath path, @Nullable String pointer,
      @Nullable String oldValue, @Nullable String newValue, Map<String, String> values,
      Classification backward, Classification forward) {
    emit(out, reading, new Change(rule, path, pointer, oldValue, newValue, values, backward,
        forward));
  }

  /** Masks the directions not read here, and keeps what still says something. */
  static void emit(List<Change> out, Directions reading, Change change) {
    Classification backward = reading.maskBackward(change.backward());
    Classification forward = reading.maskForward(change.forward());
    boolean informs = reading.backward() && reading.forward();
    if (!informs && !backward.fails() && !forward.fails()) {
      return;
    }
    out.add(new Change(change.rule(), change.path(), change.pointer(), change.oldValue(),
        change.newValue(), change.values(), backward, forward));
  }
}
