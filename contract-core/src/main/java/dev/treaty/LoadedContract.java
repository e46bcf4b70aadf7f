package dev.treaty;

import dev.treaty.model.Contract;
import dev.treaty.model.PublishedContract;
import dev.treaty.model.SourceFile;
import dev.treaty.spi.ParsedSchema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A contract together with the physical schemas it is bound to, parsed and resolved.
 *
 * @param contract the contract
 * @param schemas each schema object's parsed schema, by schema object name, in document order
 * @param files the contract file first, then every schema file read, each once, by location
 *     relative to the project (or registry) root
 */
public record LoadedContract(Contract contract, Map<String, ParsedSchema> schemas, List<SourceFile> files) {

  /** Copies the collections. */
  public LoadedContract {
    Objects.requireNonNull(contract, "contract");
    schemas = Collections.unmodifiableMap(new LinkedHashMap<>(schemas));
    files = List.copyOf(files);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("a loaded contract has at least its own file");
    }
  }

  /**
   * This contract version as a registry stores it: the contract file and every schema file.
   *
   * @return the publication
   */
  public PublishedContract toPublished() {
    return new PublishedContract(contract.id(), contract.version(), files.get(0).location(), files);
  }
}
