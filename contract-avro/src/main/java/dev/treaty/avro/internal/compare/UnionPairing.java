package dev.treaty.avro.internal.compare;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.avro.internal.rules.AvroRule;
import dev.treaty.model.Classification;
import dev.treaty.model.FieldPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Pairs the branches of two schemas of which at least one is a union (a non-union counts as a
 * union of one), separately in each direction, as Avro reads them: every branch of the writing
 * side is read by the branch the reading side picks for it ({@link BranchSelector}). Pairs found
 * in either direction are compared further, each in the directions it is read in. A writer's
 * branch that no reader branch reads breaks that direction; it is reported as a branch (or null)
 * added or removed, and a namespace change that only the decoder's branch choice notices is
 * reported as such.
 */
final class UnionPairing {

  /**
   * A pair of branches to compare further.
   *
   * @param older the old branch
   * @param olderIndex its index in the old union (0 when the old side is no union)
   * @param newer the new branch
   * @param newerIndex its index in the new union (0 when the new side is no union)
   * @param reading the directions it is read in
   * @param fullNameNeeded the directions in which Java's decoder would pick this branch only by
   *     its full name, and the names differ (an enum or fixed whose namespace changed)
   * @param segment the path step into the branch, or {@code null} when the new side's union is
   *     transparent (only one branch besides null) or not a union
   */
  record BranchPair(Schema older, int olderIndex, Schema newer, int newerIndex, Directions reading,
      Directions fullNameNeeded, FieldPath.@Nullable Segment segment) {}

  private final BranchSelector selector;
  private final Labels newerLabels;

  UnionPairing(BranchSelector selector, Labels newerLabels) {
    this.selector = selector;
    this.newerLabels = newerLabels;
  }

  /**
   * Pairs the branches and reports branches that no reader reads.
   *
   * @param older the old schema
   * @param newer the new schema
   * @param reading the directions read at this place
   * @param pointer the schema pointer to report branch changes at
   * @param out where branch changes go
   * @return the branch pairs to compare
   */
  List<BranchPair> pair(Schema older, Schema newer, Directions reading, @Nullable String pointer,
      List<Change> out) {
    List<Schema> oldBranches = branches(older);
    List<Schema> newBranches = branches(newer);
    Map<Long, Directions> pairs = new LinkedHashMap<>();
    Map<Long, Directions> fullName = new LinkedHashMap<>();
    Set<Integer> oldUnread = new HashSet<>();
    Set<Integer> newUnread = new HashSet<>();
    if (reading.backward()) {
      readAll(older, newer, oldBranches, newBranches, false, pairs, fullName, oldUnread);
    }
    if (reading.forward()) {
      readAll(newer, older, newBranches, oldBranches, true, pairs, fullName, newUnread);
    }
    for (int i = 0; i < oldBranches.size(); i++) {
      Schema branch = oldBranches.get(i);
      if (identity(branch, newBranches) < 0) {
        boolean unread = oldUnread.contains(i);
        report(out, reading, branch.getType() == Schema.Type.NULL ? AvroRule.NULLABLE_REMOVED
                : AvroRule.UNION_BRANCH_REMOVED, pointer, Labels.display(branch), null,
            unread ? "; new readers fail on old values of it" : readBy(branch, newBranches,
                false), unread ? BREAKING : COMPATIBLE, COMPATIBLE);
      }
    }
    for (int j = 0; j < newBranches.size(); j++) {
      Schema branch = newBranches.get(j);
      if (identity(branch, oldBranches) < 0) {
        boolean unread = newUnread.contains(j);
        report(out, reading, branch.getType() == Schema.Type.NULL ? AvroRule.NULLABLE_ADDED
                : AvroRule.UNION_BRANCH_ADDED, pointer, null, Labels.display(branch),
            unread ? "; old readers fail on its values" : readBy(branch, oldBranches, true),
            COMPATIBLE, unread ? BREAKING : COMPATIBLE);
      }
    }
    boolean branchPaths = newer.getType() == Schema.Type.UNION && nonNull(newBranches) > 1;
    List<BranchPair> result = new ArrayList<>();
    for (Map.Entry<Long, Directions> entry : pairs.entrySet()) {
      int oi = (int) (entry.getKey() >>> 32);
      int ni = (int) (entry.getKey() & 0xffffffffL);
      Schema o = oldBranches.get(oi);
      Schema n = newBranches.get(ni);
      FieldPath.Segment segment = branchPaths && n.getType() != Schema.Type.NULL
          ? new FieldPath.Branch(newerLabels.of(n)) : null;
      result.add(new BranchPair(o, oi, n, ni, entry.getValue().and(reading),
          fullName.getOrDefault(entry.getKey(), Directions.NONE).and(reading), segment));
    }
    return result;
  }

  /**
   * Pairs every writer branch with the reader branch that reads it.
   *
   * @param forward whether the writer is the new side (forward) or the old one (backward)
   */
  private void readAll(Schema writer, Schema reader, List<Schema> writerBranches,
      List<Schema> readerBranches, boolean forward, Map<Long, Directions> pairs,
      Map<Long, Directions> fullName, Set<Integer> unread) {
    Directions direction = forward ? Directions.FORWARD : Directions.BACKWARD;
    boolean byIndex = writer.getType() == Schema.Type.UNION
        && reader.getType() == Schema.Type.UNION && selector.equivalent(writer, reader);
    for (int i = 0; i < writerBranches.size(); i++) {
      Schema branch = writerBranches.get(i);
      int j;
      boolean needsFullName = false;
      if (byIndex) {
        j = i;
      } else if (reader.getType() == Schema.Type.UNION) {
        j = selector.select(branch, reader);
      } else {
        j = branch.getType() == reader.getType() || Reading.of(branch, reader).decodes() ? 0 : -1;
      }
      if (j < 0) {
        int same = identity(branch, readerBranches);
        if (same < 0) {
          unread.add(i);
          continue;
        }
        j = same; // compared anyway, so that the pair's own rules say why it does not read
        Schema counterpart = readerBranches.get(same);
        needsFullName = Names.isNamed(branch) && branch.getType() != Schema.Type.RECORD
            && branch.getName().equals(counterpart.getName())
            && !branch.getFullName().equals(counterpart.getFullName());
      }
      long key = forward ? ((long) j << 32) | i : ((long) i << 32) | j;
      pairs.merge(key, direction, Directions::or);
      if (needsFullName) {
        fullName.merge(key, direction, Directions::or);
      }
    }
  }

  private static String readBy(Schema branch, List<Schema> readers, boolean oldReaders) {
    for (Schema reader : readers) {
      Reading reading = Reading.of(branch, reader);
      if (reading != Reading.SAME && reading.decodes()) {
        return "; " + (oldReaders ? "old" : "new") + " readers read its values as `"
            + Labels.display(reader) + "`";
      }
    }
    return "";
  }

  private static void report(List<Change> out, Directions reading, AvroRule rule,
      @Nullable String pointer, @Nullable String oldValue, @Nullable String newValue,
      String detail, Classification backward, Classification forward) {
    String name = "`" + (newValue != null ? newValue : oldValue) + "`";
    report(out, reading, rule, pointer, oldValue, newValue, Map.of("name", name, "detail", detail),
        backward, forward);
  }

  private static void report(List<Change> out, Directions reading, AvroRule rule,
      @Nullable String pointer, @Nullable String oldValue, @Nullable String newValue,
      Map<String, String> values, Classification backward, Classification forward) {
    Pair.emit(out, reading, new Change(rule, FieldPath.ROOT, pointer, oldValue, newValue, values,
        backward, forward));
  }

  /**
   * The branch of {@code others} that is the same branch as {@code branch}: the same type, and
   * for a named type the same full name, else an alias either way, else the same unqualified name.
   */
  static int identity(Schema branch, List<Schema> others) {
    if (!Names.isNamed(branch)) {
      for (int k = 0; k < others.size(); k++) {
        if (others.get(k).getType() == branch.getType()) {
          return k;
        }
      }
      return -1;
    }
    int byAlias = -1;
    int byShortName = -1;
    for (int k = 0; k < others.size(); k++) {
      Schema other = others.get(k);
      if (other.getType() != branch.getType()) {
        continue;
      }
      if (other.getFullName().equals(branch.getFullName())) {
        return k;
      }
      if (byAlias < 0 && (other.getAliases().contains(branch.getFullName())
          || branch.getAliases().contains(other.getFullName()))) {
        byAlias = k;
      }
      if (byShortName < 0 && other.getName().equals(branch.getName())) {
        byShortName = k;
      }
    }
    return byAlias >= 0 ? byAlias : byShortName;
  }

  static List<Schema> branches(Schema schema) {
    return schema.getType() == Schema.Type.UNION ? schema.getTypes() : List.of(schema);
  }

  private static int nonNull(List<Schema> branches) {
    int count = 0;
    for (Schema branch : branches) {
      count += branch.getType() == Schema.Type.NULL ? 0 : 1;
    }
    return count;
  }
}
