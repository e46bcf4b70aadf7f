package dev.treaty.internal.jsonschema.oracle;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Single-edit neighbours of an instance, for the witness search's second step: at every place in
 * the instance, add an extra property (with a value of every kind), remove a property, set a value
 * to null or to another type, push a number across a bound, lengthen or shorten a string or an
 * array, and swap in the other schema's literals. A neighbour still valid under the writer often
 * is the witness that generation alone misses, because the writer's schema said nothing about
 * the place where the reader's does.
 */
final class InstanceMutator {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String EXTRA_NAME = "extra";
  /** Places beyond this many in one instance are left alone; the first ones are the shallow ones. */
  private static final int MAX_PLACES = 40;

  private final Vocabulary vocabulary;
  private final List<String> extraNames;

  InstanceMutator(Vocabulary vocabulary, long seed) {
    this.vocabulary = vocabulary;
    Set<String> names = new LinkedHashSet<>(vocabulary.names());
    for (String pattern : vocabulary.patterns()) {
      names.addAll(RegexStringGenerator.generate(pattern, 1, seed));
    }
    names.add(EXTRA_NAME);
    this.extraNames = List.copyOf(names);
  }

  /**
   * The neighbours of an instance, shallow places first, without duplicates or the instance
   * itself.
   *
   * @param instance the instance to vary
   * @param max how many neighbours at most
   * @return the neighbours
   */
  List<JsonNode> neighbours(JsonNode instance, int max) {
    Set<JsonNode> found = new LinkedHashSet<>();
    List<JsonPointer> places = places(instance);
    for (JsonPointer place : places) {
      for (JsonNode replacement : replacements(instance.at(place))) {
        if (found.size() >= max) {
          return List.copyOf(found);
        }
        found.add(replace(instance, place, replacement));
      }
      if (!place.matches()) {
        JsonNode without = remove(instance, place);
        if (found.size() < max) {
          found.add(without);
        }
      }
    }
    found.remove(instance);
    return List.copyOf(found);
  }

  /** Every place in the instance, breadth first. */
  private static List<JsonPointer> places(JsonNode instance) {
    List<JsonPointer> places = new ArrayList<>();
    places.add(JsonPointer.empty());
    for (int i = 0; i < places.size() && places.size() < MAX_PLACES; i++) {
      JsonPointer at = places.get(i);
      JsonNode node = instance.at(at);
      if (node.isObject()) {
        for (Map.Entry<String, JsonNode> property : node.properties()) {
          places.add(at.appendProperty(property.getKey()));
        }
      } else if (node.isArray()) {
        for (int j = 0; j < node.size(); j++) {
          places.add(at.appendIndex(j));
        }
      }
    }
    return places.subList(0, Math.min(places.size(), MAX_PLACES));
  }

  /** What may stand in for a node: same-kind edits first, then other kinds. */
  private List<JsonNode> replacements(JsonNode node) {
    List<JsonNode> replacements = new ArrayList<>();
    if (node.isObject()) {
      for (String name : extraNames) {
        if (!node.has(name)) {
          for (JsonNode value : AnyValues.ofEveryKind()) {
            ObjectNode extended = ((ObjectNode) node).deepCopy();
            extended.set(name, value);
            replacements.add(extended);
          }
        }
      }
    } else if (node.isArray()) {
      ArrayNode array = (ArrayNode) node;
      if (!array.isEmpty()) {
        replacements.add(array.deepCopy().add(array.get(array.size() - 1).deepCopy()));
        ArrayNode shorter = array.deepCopy();
        shorter.remove(shorter.size() - 1);
        replacements.add(shorter);
      }
      for (JsonNode value : AnyValues.ofEveryKind()) {
        replacements.add(array.deepCopy().add(value));
      }
      replacements.add(JSON.arrayNode());
    } else if (node.isNumber()) {
      BigDecimal v = node.decimalValue();
      for (BigDecimal delta : new BigDecimal[] {BigDecimal.ONE, BigDecimal.ONE.negate(),
          new BigDecimal("0.5"), new BigDecimal("-0.5"), new BigDecimal("0.000001")}) {
        replacements.add(NumberCandidates.toNode(v.add(delta)));
      }
      replacements.add(NumberCandidates.toNode(v.negate()));
      replacements.add(NumberCandidates.toNode(v.multiply(BigDecimal.TEN)));
      for (BigDecimal n : vocabulary.numbers()) {
        replacements.add(NumberCandidates.toNode(n));
        replacements.add(NumberCandidates.toNode(n.add(BigDecimal.ONE)));
        replacements.add(NumberCandidates.toNode(n.subtract(BigDecimal.ONE)));
        replacements.add(NumberCandidates.toNode(n.add(new BigDecimal("0.000001"))));
      }
    } else if (node.isTextual()) {
      String s = node.asText();
      replacements.add(TextNode.valueOf(s + "a"));
      if (!s.isEmpty()) {
        replacements.add(TextNode.valueOf(s.substring(0, s.offsetByCodePoints(s.length(), -1))));
      }
      replacements.add(TextNode.valueOf(""));
      for (BigDecimal n : vocabulary.numbers()) {
        if (n.signum() >= 0 && n.compareTo(BigDecimal.valueOf(1000)) < 0 && n.scale() <= 0) {
          replacements.add(TextNode.valueOf(StringCandidates.filler(n.intValue())));
          replacements.add(TextNode.valueOf(StringCandidates.filler(n.intValue() + 1)));
        }
      }
      vocabulary.strings().forEach(t -> replacements.add(TextNode.valueOf(t)));
      vocabulary.formats().forEach(f -> FormatSamples.of(f).forEach(t -> replacements.add(TextNode.valueOf(t))));
    }
    replacements.addAll(AnyValues.simplest());
    replacements.addAll(AnyValues.ofEveryKind());
    return replacements;
  }

  private static JsonNode replace(JsonNode instance, JsonPointer place, JsonNode replacement) {
    if (place.matches()) {
      return replacement;
    }
    JsonNode copy = instance.deepCopy();
    JsonNode parent = copy.at(place.head());
    JsonPointer last = place.last();
    if (parent.isObject()) {
      ((ObjectNode) parent).set(last.getMatchingProperty(), replacement);
    } else {
      ((ArrayNode) parent).set(last.getMatchingIndex(), replacement);
    }
    return copy;
  }

  private static JsonNode remove(JsonNode instance, JsonPointer place) {
    JsonNode copy = instance.deepCopy();
    JsonNode parent = copy.at(place.head());
    JsonPointer last = place.last();
    if (parent.isObject()) {
      ((ObjectNode) parent).remove(last.getMatchingProperty());
    } else {
      ((ArrayNode) parent).remove(last.getMatchingIndex());
    }
    return copy;
  }
}
