package dev.treaty.internal.jsonschema.compare;

import dev.treaty.internal.jsonschema.read.SchemaNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A schema in disjunctive form: the ways a value can satisfy it, each a {@link Conjunction}.
 * {@code allOf} and {@code $ref} join the conjunction; every {@code anyOf} and {@code oneOf}
 * multiplies the alternatives by its branches. {@code oneOf} is read as {@code anyOf} here, which
 * only ever over-approximates; where exactly-one matters, {@link OneOfOverlap} checks it.
 * Alternatives that nothing satisfies are left out, so an empty list means "accepts nothing".
 *
 * @param list the satisfiable alternatives, in schema order
 * @param overflow whether there were more than {@link #LIMIT} and the rest were not expanded
 */
public record Alternatives(List<Conjunction> list, boolean overflow) {

  /** The most alternatives expanded for one place; more cannot be compared branch by branch. */
  public static final int LIMIT = 256;

  /** Copies the list. */
  public Alternatives {
    list = List.copyOf(list);
  }

  /**
   * The alternatives of schemas that all apply to one value.
   *
   * @param nodes the schemas
   * @return the alternatives
   */
  public static Alternatives of(List<SchemaNode> nodes) {
    return of(null, nodes, true);
  }

  /**
   * The alternatives of a conjunction joined with more schemas.
   *
   * @param base a conjunction already expanded, or {@code null}
   * @param nodes more schemas that apply to the same value
   * @param withResiduals whether residual keywords count (see {@link Conjunction})
   * @return the alternatives
   */
  public static Alternatives of(@Nullable Conjunction base, List<SchemaNode> nodes,
      boolean withResiduals) {
    Deque<Partial> work = new ArrayDeque<>();
    Partial first = new Partial();
    if (base != null) {
      first.members.addAll(base.members());
      first.visited.addAll(base.members());
      first.choices.addAll(base.choices());
      first.unsatisfiable = base.unsatisfiable();
    }
    first.pending.addAll(nodes);
    work.add(first);
    List<Conjunction> done = new ArrayList<>();
    int created = 1;
    boolean overflow = false;
    while (!work.isEmpty()) {
      Partial partial = work.poll();
      while (!partial.pending.isEmpty() && !partial.unsatisfiable) {
        SchemaNode node = partial.pending.poll();
        if (node.isBoolean()) {
          partial.unsatisfiable |= node.isFalse();
          continue;
        }
        if (!partial.visited.add(node)) {
          continue;
        }
        partial.pending.addAll(node.references());
        if (node.refReplacesSiblings()) {
          continue;
        }
        // a bare {"$ref"} or allOf wrapper adds no keyword: leaving it out lets every way of
        // reaching one definition share its comparisons
        if (node.hasOwnKeywords()) {
          partial.members.add(node);
        }
        partial.pending.addAll(node.subschemaList("allOf"));
        List<Partial> variants = new ArrayList<>(List.of(partial));
        for (String keyword : List.of("anyOf", "oneOf")) {
          if (!node.has(keyword)) {
            continue;
          }
          List<SchemaNode> branches = node.subschemaList(keyword);
          if (branches.isEmpty()) {
            partial.unsatisfiable = true;
            variants = List.of(partial);
            break;
          }
          List<Partial> next = new ArrayList<>();
          for (Partial variant : variants) {
            // copy before the first branch changes the variant
            List<Partial> copies = new ArrayList<>();
            copies.add(variant);
            for (int i = 1; i < branches.size(); i++) {
              if (created >= LIMIT) {
                overflow = true;
                break;
              }
              copies.add(variant.copy());
              created++;
            }
            for (int i = 0; i < copies.size(); i++) {
              copies.get(i).choices.add(new Choice(node, keyword, i, branches.get(i)));
              copies.get(i).pending.addFirst(branches.get(i));
              next.add(copies.get(i));
            }
          }
          variants = next;
        }
        for (int i = variants.size() - 1; i >= 1; i--) {
          work.addFirst(variants.get(i));
        }
      }
      if (!partial.unsatisfiable) {
        done.add(new Conjunction(new ArrayList<>(partial.members), partial.choices, false,
            withResiduals));
      }
    }
    return new Alternatives(done, overflow);
  }

  /** An alternative being expanded. */
  private static final class Partial {
    final Set<SchemaNode> members = new LinkedHashSet<>();
    final Set<SchemaNode> visited = new LinkedHashSet<>();
    final Deque<SchemaNode> pending = new ArrayDeque<>();
    final List<Choice> choices = new ArrayList<>();
    boolean unsatisfiable;

    Partial copy() {
      Partial copy = new Partial();
      copy.members.addAll(members);
      copy.visited.addAll(visited);
      copy.pending.addAll(pending);
      copy.choices.addAll(choices);
      copy.unsatisfiable = unsatisfiable;
      return copy;
    }
  }
}
