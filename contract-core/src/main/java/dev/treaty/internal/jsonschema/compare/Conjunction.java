package dev.treaty.internal.jsonschema.compare;

import dev.treaty.internal.jsonschema.read.CanonicalJson;
import dev.treaty.internal.jsonschema.read.SchemaNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Schemas that all apply to the same value: a schema with its {@code allOf} branches, its
 * {@code $ref} targets, and the {@code anyOf}/{@code oneOf} branches this alternative chose.
 * Each member contributes only its own keywords; its applicators are already expanded.
 *
 * <p>A conjunction may ignore its members' "residual" keywords ({@code not}, {@code if},
 * {@code dependentSchemas}): dropping constraints from the writing side of a comparison only
 * lets it write more, so the comparison stays sound, and it stops a comparison of one
 * {@code not} from needing itself.
 */
public final class Conjunction {

  private final List<SchemaNode> members;
  private final List<Choice> choices;
  private final boolean unsatisfiable;
  private final boolean withResiduals;
  private final String key;
  private @Nullable String content;

  Conjunction(List<SchemaNode> members, List<Choice> choices, boolean unsatisfiable,
      boolean withResiduals) {
    this.members = List.copyOf(members);
    this.choices = List.copyOf(choices);
    this.unsatisfiable = unsatisfiable;
    this.withResiduals = withResiduals;
    this.key = "{" + (unsatisfiable ? "F" : "") + (withResiduals ? "" : "r")
        + members.stream().map(m -> Long.toString(m.id())).sorted()
            .collect(Collectors.joining(",")) + "}";
  }

  /**
   * The member schemas.
   *
   * @return the members, in the order they were reached
   */
  public List<SchemaNode> members() {
    return members;
  }

  /**
   * The branches chosen to form this alternative.
   *
   * @return the choices, outermost first
   */
  public List<Choice> choices() {
    return choices;
  }

  /**
   * Whether a member is {@code false}, or a union with no branch: no value satisfies this.
   *
   * @return {@code true} if nothing is valid
   */
  public boolean unsatisfiable() {
    return unsatisfiable;
  }

  /**
   * Whether the members' {@code not}, {@code if}/{@code then}/{@code else} and
   * {@code dependentSchemas} count.
   *
   * @return {@code false} on the writing side of a context probe
   */
  public boolean withResiduals() {
    return withResiduals;
  }

  /**
   * The same members without their residual keywords.
   *
   * @return a conjunction that ignores {@code not}, conditionals and dependent schemas
   */
  public Conjunction withoutResiduals() {
    return withResiduals ? new Conjunction(members, choices, unsatisfiable, false) : this;
  }

  /**
   * Identifies the conjunction within one graph (member ids and flags).
   *
   * @return the key
   */
  String key() {
    return key;
  }

  /**
   * The members' content without annotations, order-independent: equal for conjunctions of
   * two graphs that validate the same way by their text.
   *
   * @return the content key
   */
  public String content() {
    if (content == null) {
      List<String> texts = new ArrayList<>();
      for (SchemaNode member : members) {
        texts.add(CanonicalJson.ofSchema(member.json()));
      }
      texts.sort(null);
      content = (unsatisfiable ? "false|" : "") + String.join("|", texts);
    }
    return content;
  }

  /**
   * How a union branch is named in paths: the chosen branch's title, else the name of the
   * definition it refers to, else {@code null}.
   *
   * @return the label, or {@code null}
   */
  public @Nullable String label() {
    for (int i = choices.size() - 1; i >= 0; i--) {
      SchemaNode branch = choices.get(i).branch();
      if (branch.title() != null) {
        return branch.title();
      }
      for (SchemaNode target : branch.references()) {
        if (target.title() != null) {
          return target.title();
        }
        if (target.definitionName() != null) {
          return target.definitionName();
        }
      }
      if (branch.definitionName() != null) {
        return branch.definitionName();
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return members.toString();
  }
}
