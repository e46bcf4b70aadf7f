package dev.treaty.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One version of a contract as published: the ODCS file and every schema file it needs, each by
 * its path relative to a common root, with the bytes exactly as they were. Storing the schema
 * files beside the contract lets a later build compare against this version without the
 * producer's old checkout.
 *
 * @param id the contract's id
 * @param version the contract's version
 * @param contractPath the path of the ODCS file among {@code files}
 * @param files the ODCS file and the schema files, each once, sorted by location
 */
public record PublishedContract(String id, String version, String contractPath, List<SourceFile> files) {

  /** Validates that the contract file is among the files and that no path repeats. */
  public PublishedContract {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(contractPath, "contractPath");
    List<SourceFile> sorted = new java.util.ArrayList<>(files);
    sorted.sort(java.util.Comparator.comparing(SourceFile::location));
    Set<String> seen = new HashSet<>();
    for (SourceFile file : sorted) {
      if (!seen.add(file.location())) {
        throw new IllegalArgumentException("file " + file.location() + " occurs twice");
      }
    }
    if (!seen.contains(contractPath)) {
      throw new IllegalArgumentException("the contract file " + contractPath + " is not among the files");
    }
    files = List.copyOf(sorted);
  }

  /**
   * The ODCS file.
   *
   * @return the contract file
   */
  public SourceFile contractFile() {
    return files.stream().filter(f -> f.location().equals(contractPath)).findFirst().orElseThrow();
  }

  /**
   * Whether two publications hold the same files with the same bytes.
   *
   * @param other another publication
   * @return {@code true} if nothing differs
   */
  public boolean sameContent(PublishedContract other) {
    return id.equals(other.id) && version.equals(other.version)
        && contractPath.equals(other.contractPath) && files.equals(other.files);
  }
}
