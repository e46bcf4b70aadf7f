package dev.treaty.internal.jsonschema.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Looks for a witness of incompatibility: an instance the writer's schema accepts and the
 * reader's rejects. First among the instances generated from the writer (with the vocabulary of
 * both schemas), then among their single-edit neighbours that the writer still accepts.
 *
 * <p>Finding a witness proves the pair incompatible in that direction. Finding none proves
 * nothing, but a strong search makes a false "compatible" verdict very unlikely to slip through.
 */
final class WitnessSearch {

  /** Settings of the search. */
  record Budget(GeneratorLimits limits, int instancesToMutate, int neighboursPerInstance) {

    /** The budget the oracle runs with. */
    static final Budget DEFAULT = new Budget(GeneratorLimits.DEFAULT, 40, 120);
  }

  /**
   * What a search found.
   *
   * @param witness the instance the writer accepts and the reader rejects, if found
   * @param instancesTried how many writer-valid instances were shown to the reader
   * @param writerInstances how many instances the generator produced for the writer
   */
  record Result(Optional<JsonNode> witness, int instancesTried, int writerInstances) {}

  private final Budget budget;

  WitnessSearch(Budget budget) {
    this.budget = budget;
  }

  /**
   * Searches for a witness that data written under one schema fails the other.
   *
   * @param writer the schema the data is written with
   * @param reader the schema the data is read with
   * @return the witness if one was found, and the effort spent
   */
  Result search(SchemaDocument writer, SchemaDocument reader) {
    Vocabulary vocabulary = Vocabulary.of(writer.root(), reader.root());
    List<JsonNode> instances = new InstanceGenerator(budget.limits()).generate(writer, vocabulary);
    int tried = 0;
    for (JsonNode instance : instances) {
      tried++;
      if (reader.rejects(instance)) {
        return new Result(Optional.of(instance), tried, instances.size());
      }
    }
    Set<JsonNode> seen = new HashSet<>(instances);
    InstanceMutator mutator = new InstanceMutator(vocabulary, budget.limits().seed());
    for (JsonNode instance : instances.subList(0, Math.min(instances.size(), budget.instancesToMutate()))) {
      for (JsonNode neighbour : mutator.neighbours(instance, budget.neighboursPerInstance())) {
        if (!seen.add(neighbour) || !writer.accepts(neighbour)) {
          continue;
        }
        tried++;
        if (reader.rejects(neighbour)) {
          return new Result(Optional.of(neighbour), tried, instances.size());
        }
      }
    }
    return new Result(Optional.empty(), tried, instances.size());
  }
}
