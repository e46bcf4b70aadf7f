package dev.treaty.avro.internal.compare;

import static dev.treaty.model.Classification.UNDECIDABLE;

import dev.treaty.avro.internal.rules.AvroRule;
import dev.treaty.model.Classification;
import dev.treaty.model.FieldPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Walks an old and a new Avro schema together and collects what the rules report. At each place
 * in the data the engine pairs what the two versions have there — union branches as each
 * direction's reader picks them, record fields by name and alias — and descends into fields,
 * array items, map values and branches, each pair in the directions it is actually read in.
 *
 * <p>Every pair is compared once: a named type reached along several paths is replayed under
 * each (a change to {@code Address} shows at {@code billing.zip} and {@code shipping.zip}), and
 * a recursive type is not entered again while it is being compared (values are finite, so what
 * holds for the outer occurrence holds for the inner ones). Hostile schemas end in
 * {@code avro.comparison.limitReached}, undecidable, never in a hang.
 *
 * <p>Not thread-safe: one comparison per call.
 */
public final class Comparison {

  /** More compared pairs than this are cut short. */
  static final int MAX_STEPS = 100_000;
  /** Deeper data nesting than this is cut short. */
  static final int MAX_DEPTH = 200;
  /** More changes than this at one place are folded into one. */
  static final int MAX_CHANGES = 1_000;
  /**
   * More changes than this in a whole comparison are folded: a named type reached along very many
   * paths replays its changes under each, which must not cost more than this many copies.
   */
  static final int MAX_TOTAL_CHANGES = 20_000;

  /** Finds the JSON pointer of a named type's definition. */
  @FunctionalInterface
  public interface Pointers {
    /**
     * The pointer of a named type's definition.
     *
     * @param fullName the type's full name
     * @return the pointer, or {@code null} when unknown
     */
    @Nullable String of(String fullName);
  }

  private final List<PairRule> rules;
  private final Pointers olderPointers;
  private final Pointers newerPointers;
  private final BranchSelector selector = new BranchSelector();
  private final UnionPairing unions;
  private final Map<Key, List<Change>> memo = new HashMap<>();
  private final Set<Key> inProgress = new HashSet<>();
  private int steps;
  private int budget = MAX_TOTAL_CHANGES;
  private boolean cut;

  /**
   * A comparison.
   *
   * @param rules the pair rules to run
   * @param olderPointers where the old schema's named types are defined
   * @param newerPointers where the new schema's named types are defined
   */
  public Comparison(List<PairRule> rules, Pointers olderPointers, Pointers newerPointers) {
    this.rules = List.copyOf(rules);
    this.olderPointers = olderPointers;
    this.newerPointers = newerPointers;
    this.unions = new UnionPairing(selector, new Labels());
  }

  /**
   * Compares two schemas.
   *
   * @param older the old schema
   * @param newer the new schema
   * @return the changes, paths from the data's root
   */
  public List<Change> run(Schema older, Schema newer) {
    return compare(older, newer, Directions.BOTH, Directions.NONE,
        pointer(older, "", olderPointers), pointer(newer, "", newerPointers), 0);
  }

  /**
   * Whether a limit cut the comparison short.
   *
   * @return {@code true} if some part was not compared
   */
  public boolean wasCut() {
    return cut;
  }

  private List<Change> compare(Schema older, Schema newer, Directions reading,
      Directions fullNameNeeded, @Nullable String olderPointer, @Nullable String newerPointer,
      int depth) {
    if (++steps > MAX_STEPS) {
      return limit("more than " + MAX_STEPS + " pairs of types were compared");
    }
    if (depth > MAX_DEPTH) {
      return limit("the data nests more than " + MAX_DEPTH + " levels deep");
    }
    Key key = new Key(older, newer, reading, fullNameNeeded);
    List<Change> known = memo.get(key);
    if (known != null) {
      return known;
    }
    if (!inProgress.add(key)) {
      return List.of(); // recursion: the outer occurrence of this pair reports for it
    }
    Changes out = new Changes();
    if (older.getType() == Schema.Type.UNION || newer.getType() == Schema.Type.UNION) {
      List<Change> here = new ArrayList<>();
      List<UnionPairing.BranchPair> pairs = unions.pair(older, newer, reading,
          newerPointer != null ? newerPointer : olderPointer, here);
      out.addAll(here, null);
      for (UnionPairing.BranchPair pair : pairs) {
        if (pair.reading().any()) {
          out.addAll(compare(pair.older(), pair.newer(), pair.reading(), pair.fullNameNeeded(),
              branchPointer(older, pair.older(), pair.olderIndex(), olderPointer, olderPointers),
              branchPointer(newer, pair.newer(), pair.newerIndex(), newerPointer, newerPointers),
              depth + 1),
              pair.segment());
        }
      }
    } else {
      compareTypes(older, newer, reading, fullNameNeeded, olderPointer, newerPointer, depth, out);
    }
    inProgress.remove(key);
    List<Change> result = out.toList();
    memo.put(key, result);
    return result;
  }

  private void compareTypes(Schema older, Schema newer, Directions reading,
      Directions fullNameNeeded, @Nullable String olderPointer, @Nullable String newerPointer,
      int depth, Changes out) {
    boolean records = older.getType() == Schema.Type.RECORD
        && newer.getType() == Schema.Type.RECORD;
    List<FieldMatch> fields = records
        ? FieldPairing.match(older, newer, olderPointer, newerPointer) : List.of();
    List<Change> here = new ArrayList<>();
    Pair pair = new Pair(older, newer, reading, fullNameNeeded, olderPointer, newerPointer,
        fields, here);
    for (PairRule rule : rules) {
      rule.check(pair);
    }
    out.addAll(here, null);
    if (records) {
      for (FieldMatch field : fields) {
        if (field.older() == null || field.newer() == null) {
          continue;
        }
        Directions read = reading.and(field.matched());
        if (read.any()) {
          Schema o = field.older().schema();
          Schema n = field.newer().schema();
          out.addAll(compare(o, n, read, Directions.NONE,
              pointer(o, child(field.olderPointer(), "/type"), olderPointers),
              pointer(n, child(field.newerPointer(), "/type"), newerPointers), depth + 1),
              new FieldPath.Field(field.newer().name()));
        }
      }
    } else if (older.getType() == Schema.Type.ARRAY && newer.getType() == Schema.Type.ARRAY) {
      Schema o = older.getElementType();
      Schema n = newer.getElementType();
      out.addAll(compare(o, n, reading, Directions.NONE,
          pointer(o, child(olderPointer, "/items"), olderPointers),
          pointer(n, child(newerPointer, "/items"), newerPointers), depth + 1),
          new FieldPath.Element());
    } else if (older.getType() == Schema.Type.MAP && newer.getType() == Schema.Type.MAP) {
      Schema o = older.getValueType();
      Schema n = newer.getValueType();
      out.addAll(compare(o, n, reading, Directions.NONE,
          pointer(o, child(olderPointer, "/values"), olderPointers),
          pointer(n, child(newerPointer, "/values"), newerPointers), depth + 1),
          new FieldPath.MapValue());
    }
  }

  private List<Change> limit(String detail) {
    cut = true;
    return List.of(new Change(AvroRule.COMPARISON_LIMIT, FieldPath.ROOT, null, null, null,
        Map.of("detail", detail), UNDECIDABLE, UNDECIDABLE));
  }

  private static @Nullable String branchPointer(Schema union, Schema branch, int index,
      @Nullable String unionPointer, Pointers pointers) {
    String inherited = union.getType() == Schema.Type.UNION
        ? child(unionPointer, "/" + index) : unionPointer;
    return pointer(branch, inherited, pointers);
  }

  /** A named type's pointer is where it is defined; anything else is where it is written. */
  private static @Nullable String pointer(Schema schema, @Nullable String inherited,
      Pointers pointers) {
    if (Names.isNamed(schema)) {
      String defined = pointers.of(schema.getFullName());
      return defined != null ? defined : inherited;
    }
    return inherited;
  }

  private static @Nullable String child(@Nullable String pointer, String step) {
    return pointer == null ? null : pointer + step;
  }

  /** A pair of schema objects (by identity) read in some directions. */
  private record Key(Schema older, Schema newer, Directions reading, Directions fullNameNeeded) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key other && other.older == older && other.newer == newer
          && other.reading.equals(reading) && other.fullNameNeeded.equals(fullNameNeeded);
    }

    @Override
    public int hashCode() {
      return 31 * (31 * (31 * System.identityHashCode(older) + System.identityHashCode(newer))
          + reading.hashCode()) + fullNameNeeded.hashCode();
    }
  }

  /**
   * The changes of one place, at most {@link #MAX_CHANGES}; the rest are folded into one limit
   * change that carries their most severe classifications, so a schema reachable along
   * exponentially many paths cannot exhaust memory.
   */
  private final class Changes {
    private final List<Change> list = new ArrayList<>();
    private int folded;
    private Classification foldedBackward = Classification.COMPATIBLE;
    private Classification foldedForward = Classification.COMPATIBLE;

    void addAll(List<Change> changes, FieldPath.@Nullable Segment segment) {
      for (Change change : changes) {
        if (list.size() < MAX_CHANGES && budget > 0) {
          budget--;
          list.add(change.under(segment));
        } else {
          cut = true;
          folded++;
          foldedBackward = Verdicts.worst(foldedBackward, change.backward());
          foldedForward = Verdicts.worst(foldedForward, change.forward());
        }
      }
    }

    List<Change> toList() {
      if (folded == 0) {
        return List.copyOf(list);
      }
      List<Change> out = new ArrayList<>(list);
      out.add(new Change(AvroRule.COMPARISON_LIMIT, FieldPath.ROOT, null, null, null,
          Map.of("detail", "too many changes (more than " + MAX_CHANGES + " at one place or "
              + MAX_TOTAL_CHANGES + " in all); " + folded + " more are folded into this one, "
              + "with their most severe classifications"), foldedBackward, foldedForward));
      return List.copyOf(out);
    }
  }
}
