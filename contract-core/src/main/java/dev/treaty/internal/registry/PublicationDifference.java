package dev.treaty.internal.registry;

import dev.treaty.model.PublishedContract;
import dev.treaty.model.SourceFile;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds the first thing that differs between a stored contract version and a new publication
 * under the same version, so that the immutability error can say exactly what changed.
 */
final class PublicationDifference {

  private PublicationDifference() {}

  /**
   * The first difference, in the order of file locations.
   *
   * @return a phrase for {@link RegistryMessages#immutable}, or empty if the content is the same
   */
  static Optional<String> first(PublishedContract published, PublishedContract now) {
    if (!published.contractPath().equals(now.contractPath())) {
      return Optional.of(RegistryMessages.differentContractFile(published.contractPath(), now.contractPath()));
    }
    Map<String, SourceFile> before = byLocation(published);
    Map<String, SourceFile> after = byLocation(now);
    TreeSet<String> locations = new TreeSet<>(before.keySet());
    locations.addAll(after.keySet());
    for (String location : locations) {
      SourceFile old = before.get(location);
      SourceFile current = after.get(location);
      if (old == null) {
        return Optional.of(RegistryMessages.fileNotPublished(location));
      }
      if (current == null) {
        return Optional.of(RegistryMessages.fileNotInPublication(location));
      }
      if (!old.equals(current)) {
        return Optional.of(RegistryMessages.fileDiffers(location, old.size(), current.size()));
      }
    }
    return Optional.empty();
  }

  private static Map<String, SourceFile> byLocation(PublishedContract contract) {
    Map<String, SourceFile> files = new TreeMap<>();
    for (SourceFile file : contract.files()) {
      files.put(file.location(), file);
    }
    return files;
  }
}
