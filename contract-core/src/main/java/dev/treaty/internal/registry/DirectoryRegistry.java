package dev.treaty.internal.registry;

import dev.treaty.internal.registry.RegistryStorage.Kind;
import dev.treaty.model.InvalidDefinitionException;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.Problem;
import dev.treaty.model.PublishOutcome;
import dev.treaty.model.PublishedContract;
import dev.treaty.model.PublishedExpectation;
import dev.treaty.model.SourceFile;
import dev.treaty.model.SourceLocation;
import dev.treaty.model.Version;
import dev.treaty.spi.Registry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The embedded default registry: a directory of plain files — in a repository, a monorepo or a
 * shared checkout — laid out as {@code docs/registry.md} describes ({@link RegistryLayout} in
 * code).
 *
 * <p>Every write goes to a fresh name beside its target, is forced to disk, and is renamed into
 * place in one atomic step, so readers see an entry whole or not at all, and a failed or killed
 * publication changes nothing that was there. A contract version is a directory renamed into
 * place: a rename onto an existing, non-empty directory fails, which is how two publishers of the
 * same version — threads or processes — find out which of them was first; the other compares
 * contents. There are no locks, so a process that dies holds nothing up.
 *
 * <p>Instances hold no state besides the path and are safe for concurrent use.
 */
public final class DirectoryRegistry implements Registry {

  /**
   * How often a publication or a read starts over when the version it looks at is removed (and
   * perhaps published again) under its feet. More than a couple of rounds means someone is
   * removing and publishing in a tight loop — or, for a read, that the entry really is damaged.
   */
  private static final int MAX_ATTEMPTS = 5;

  private final RegistryLayout layout;
  private final RegistryStorage storage;

  /**
   * Opens a registry directory. Nothing is read or created until the first call; the directory
   * and its marker file are created on the first publication.
   *
   * @param directory the registry's root directory
   */
  public DirectoryRegistry(Path directory) {
    Path root = directory.toAbsolutePath().normalize();
    this.layout = new RegistryLayout(root);
    this.storage = new RegistryStorage(root);
  }

  /**
   * The registry's root directory.
   *
   * @return the absolute, normalised path
   */
  public Path root() {
    return layout.root();
  }

  @Override
  public String describe() {
    return "directory " + layout.root();
  }

  @Override
  public String toString() {
    return describe();
  }

  // ---- contracts --------------------------------------------------------------------------------

  @Override
  public List<String> contractIds() {
    if (!readable() || !isDirectory(layout.contracts())) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    for (String name : storage.list(layout.contracts())) {
      if (RegistryNames.isName(name)
          && storage.lookup(layout.contractDirectory(name)) == Kind.DIRECTORY
          && !versionsOf(name).isEmpty()) {
        ids.add(name);
      }
    }
    return List.copyOf(ids);
  }

  @Override
  public List<String> versions(String contractId) {
    String id = RegistryNames.requireName(RegistryNames.CONTRACT_ID, contractId);
    return readable() ? versionsOf(id) : List.of();
  }

  private List<String> versionsOf(String id) {
    Path directory = layout.contractDirectory(id);
    if (!isDirectory(directory)) {
      return List.of();
    }
    List<String> versions = new ArrayList<>();
    for (String name : storage.list(directory)) {
      // Anything else — staging and trash entries, stray files, hand-made names — is not a
      // published version. Only a link under a version's name is an error (lookup says so).
      if (RegistryNames.isVersionDirectory(name) && storage.lookup(directory.resolve(name)) == Kind.DIRECTORY) {
        versions.add(name);
      }
    }
    versions.sort(Comparator.comparing(Version::parse));
    return List.copyOf(versions);
  }

  @Override
  public Optional<PublishedContract> contract(String contractId, String version) {
    String id = RegistryNames.requireName(RegistryNames.CONTRACT_ID, contractId);
    String directoryName = RegistryNames.requireVersion(version);
    return readable() ? readContract(id, directoryName) : Optional.empty();
  }

  /**
   * Reads a stored version. A version removed while it is being read reads as absent, not as
   * damaged: the reader saw it vanish, which is a legitimate state. Writers never change a version
   * in place, so a version that reads as damaged yet is still there was either removed and
   * published again during the read — reading again settles that — or is really damaged.
   */
  private Optional<PublishedContract> readContract(String id, String versionDirectory) {
    Path directory = layout.versionDirectory(id, versionDirectory);
    for (int attempt = 1; ; attempt++) {
      Kind kind = storage.lookup(directory);
      if (kind == Kind.ABSENT) {
        return Optional.empty();
      }
      if (kind != Kind.DIRECTORY) {
        throw damaged(directory, directory, RegistryMessages.ENTRY_NOT_A_DIRECTORY);
      }
      try {
        return Optional.of(readVersion(directory, id, versionDirectory));
      } catch (InvalidInputException damaged) {
        if (attempt >= MAX_ATTEMPTS) {
          throw damaged;
        }
      }
    }
  }

  private PublishedContract readVersion(Path directory, String id, String versionDirectory) {
    Path manifestPath = directory.resolve(RegistryLayout.MANIFEST);
    byte[] json = storage.lookup(manifestPath) == Kind.FILE ? storage.read(manifestPath).orElse(null) : null;
    if (json == null) {
      throw damaged(directory, manifestPath, RegistryMessages.MANIFEST_MISSING);
    }
    ContractManifest manifest = ContractManifest.parse(json, manifestPath, id, versionDirectory);
    Path filesDirectory = directory.resolve(RegistryLayout.FILES);
    SortedMap<String, Path> onDisk = isDirectory(filesDirectory)
        ? storage.filesBelow(filesDirectory)
        : new TreeMap<>();
    List<Problem> problems = new ArrayList<>();
    List<SourceFile> files = new ArrayList<>();
    for (ContractManifest.Entry entry : manifest.files()) {
      Path expected = RegistryLayout.file(directory, entry.location());
      boolean listed = onDisk.containsKey(entry.location());
      Path path = onDisk.remove(entry.location());
      byte[] bytes = path == null ? null : storage.read(path).orElse(null);
      if (listed && path == null) {
        problems.add(problem(expected, RegistryMessages.FILE_NOT_REGULAR));
      } else if (bytes == null) {
        problems.add(problem(expected, RegistryMessages.FILE_MISSING));
      } else if (bytes.length != entry.size()) {
        problems.add(problem(expected, RegistryMessages.fileSize(entry.size(), bytes.length)));
      } else if (!ContractManifest.sha256(bytes).equals(entry.sha256())) {
        problems.add(problem(expected, RegistryMessages.FILE_CHECKSUM));
      } else {
        files.add(SourceFile.of(entry.location(), bytes));
      }
    }
    for (Map.Entry<String, Path> unlisted : onDisk.entrySet()) {
      problems.add(problem(RegistryLayout.file(directory, unlisted.getKey()),
          unlisted.getValue() == null ? RegistryMessages.FILE_NOT_REGULAR : RegistryMessages.FILE_UNLISTED));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(RegistryMessages.damagedEntry(directory), problems);
    }
    return new PublishedContract(manifest.id(), manifest.version(), manifest.contractPath(), files);
  }

  /**
   * Refuses a name that differs from a stored one only in case: on the case-insensitive file
   * systems of macOS and Windows the two would be one file, and one publisher would silently
   * replace the other's entry.
   */
  private void refuseCaseTwin(Path directory, String entry, String name, String what) {
    if (!isDirectory(directory)) {
      return;
    }
    for (String existing : storage.list(directory)) {
      if (!existing.equals(entry) && existing.equalsIgnoreCase(entry)) {
        throw new InvalidDefinitionException(RegistryMessages.caseTwin(what, name, existing, directory));
      }
    }
  }

  @Override
  public PublishOutcome publish(PublishedContract contract) {
    String id = RegistryNames.requireName(RegistryNames.CONTRACT_ID, contract.id());
    String versionDirectory = RegistryNames.requireVersion(contract.version());
    RegistryNames.requireLocations(id, contract.version(), contract.files(), layout.root().getFileSystem());
    prepareForWriting();
    refuseCaseTwin(layout.contracts(), id, id, "contract id");
    Path contractDirectory = storage.ensureDirectory(layout.contractDirectory(id));
    storage.removeOldLeftovers(contractDirectory);
    Path target = contractDirectory.resolve(versionDirectory);
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      Optional<PublishedContract> stored = readContract(id, versionDirectory);
      if (stored.isPresent()) {
        return compare(stored.get(), contract);
      }
      Path staging = RegistryLayout.staging(target);
      try {
        stage(staging, target, contract);
        if (moveIntoPlace(staging, target, contract)) {
          RegistryStorage.forceDirectory(contractDirectory);
          return PublishOutcome.CREATED;
        }
        // Another publisher was first: the next round compares with what it stored.
      } finally {
        RegistryStorage.deleteQuietly(staging);
      }
    }
    throw new InvalidDefinitionException(
        RegistryMessages.contention(id, contract.version(), layout.root(), MAX_ATTEMPTS));
  }

  private PublishOutcome compare(PublishedContract stored, PublishedContract contract) {
    Optional<String> difference = PublicationDifference.first(stored, contract);
    if (difference.isPresent()) {
      throw new InvalidDefinitionException(RegistryMessages.immutable(
          contract.id(), contract.version(), layout.root(), difference.get()));
    }
    return PublishOutcome.UNCHANGED;
  }

  /** Writes every file and then the manifest into a staging directory, all forced to disk. */
  private static void stage(Path staging, Path target, PublishedContract contract) {
    Path writing = staging;
    try {
      Files.createDirectory(staging);
      for (SourceFile file : contract.files()) {
        writing = RegistryLayout.file(staging, file.location());
        Files.createDirectories(writing.getParent());
        RegistryStorage.writeNew(writing, file.bytes());
      }
      writing = staging.resolve(RegistryLayout.MANIFEST);
      RegistryStorage.writeNew(writing, ContractManifest.describing(contract).toJson());
      RegistryStorage.forceTree(staging);
    } catch (IOException e) {
      // Name the path the user knows — where the file would have ended up — not the staging one.
      throw new InvalidDefinitionException(RegistryMessages.publishFailed(contract.id(), contract.version(),
          target.resolve(staging.relativize(writing)), e), e);
    }
  }

  /**
   * Renames the staging directory into place.
   *
   * @return {@code false} if another publisher's version is already there
   */
  private boolean moveIntoPlace(Path staging, Path target, PublishedContract contract) {
    try {
      RegistryStorage.moveAtomically(staging, target);
      return true;
    } catch (IOException e) {
      // The exception differs by platform (EEXIST, ENOTEMPTY, access denied on Windows); what
      // counts is whether something now stands in the way.
      if (storage.lookup(target) != Kind.ABSENT) {
        return false;
      }
      throw new InvalidDefinitionException(
          RegistryMessages.publishFailed(contract.id(), contract.version(), target, e), e);
    }
  }

  @Override
  public boolean removeContract(String contractId, String version) {
    String id = RegistryNames.requireName(RegistryNames.CONTRACT_ID, contractId);
    String versionDirectory = RegistryNames.requireVersion(version);
    if (!readable()) {
      return false;
    }
    Path target = layout.versionDirectory(id, versionDirectory);
    if (storage.lookup(target) == Kind.ABSENT) {
      return false;
    }
    // Renaming first makes the removal one atomic step; deleting the renamed tree can then take
    // its time, and if it is cut short, what remains is a leftover that readers ignore.
    Path trash = RegistryLayout.trash(target);
    try {
      RegistryStorage.moveAtomically(target, trash);
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      if (storage.lookup(target) == Kind.ABSENT) {
        return false;
      }
      throw new InvalidDefinitionException(RegistryMessages.io("remove", target, e), e);
    }
    RegistryStorage.forceDirectory(target.getParent());
    RegistryStorage.deleteQuietly(trash);
    return true;
  }

  // ---- expectations -----------------------------------------------------------------------------

  @Override
  public List<PublishedExpectation> expectations(String contractId) {
    String id = RegistryNames.requireName(RegistryNames.CONTRACT_ID, contractId);
    if (!readable()) {
      return List.of();
    }
    Path directory = layout.expectationDirectory(id);
    if (!isDirectory(directory)) {
      return List.of();
    }
    List<PublishedExpectation> expectations = new ArrayList<>();
    for (String name : storage.list(directory)) {
      String consumer = RegistryLayout.consumerOf(name);
      if (consumer != null) {
        readExpectation(id, consumer).ifPresent(expectations::add);
      }
    }
    return List.copyOf(expectations);
  }

  @Override
  public Optional<PublishedExpectation> expectation(String contractId, String consumer) {
    String id = RegistryNames.requireName(RegistryNames.CONTRACT_ID, contractId);
    String name = RegistryNames.requireName(RegistryNames.CONSUMER, consumer);
    return readable() ? readExpectation(id, name) : Optional.empty();
  }

  /**
   * Reads an expectation. Its document is named by its path in the registry, so that messages
   * about its content point at the file that holds it.
   */
  private Optional<PublishedExpectation> readExpectation(String contractId, String consumer) {
    Path file = layout.expectationFile(contractId, consumer);
    Kind kind = storage.lookup(file);
    if (kind == Kind.ABSENT) {
      return Optional.empty();
    }
    if (kind != Kind.FILE) {
      throw damaged(file, file, RegistryMessages.EXPECTATION_NOT_A_FILE);
    }
    return storage.read(file).map(bytes ->
        new PublishedExpectation(contractId, consumer, SourceFile.of(layout.relative(file), bytes)));
  }

  @Override
  public PublishOutcome publish(PublishedExpectation expectation) {
    String contractId = RegistryNames.requireName(RegistryNames.CONTRACT_ID, expectation.contract());
    String consumer = RegistryNames.requireName(RegistryNames.CONSUMER, expectation.consumer());
    prepareForWriting();
    refuseCaseTwin(layout.contracts(), contractId, contractId, "contract id");
    Path directory = storage.ensureDirectory(layout.expectationDirectory(contractId));
    storage.removeOldLeftovers(directory);
    Path target = layout.expectationFile(contractId, consumer);
    refuseCaseTwin(directory, target.getFileName().toString(), consumer, "consumer");
    byte[] bytes = expectation.document().bytes();
    Optional<PublishedExpectation> current = readExpectation(contractId, consumer);
    if (current.isPresent() && Arrays.equals(current.get().document().bytes(), bytes)) {
      return PublishOutcome.UNCHANGED;
    }
    Path temporary = RegistryLayout.temporary(target);
    try {
      RegistryStorage.writeNew(temporary, bytes);
      RegistryStorage.moveAtomically(temporary, target);
    } catch (IOException e) {
      RegistryStorage.deleteQuietly(temporary);
      throw new InvalidDefinitionException(
          RegistryMessages.publishExpectationFailed(contractId, consumer, target, e), e);
    }
    RegistryStorage.forceDirectory(directory);
    // Two processes replacing the same consumer's expectation at once both succeed — the later
    // rename wins, as with any replaceable entry — and both may report CREATED.
    return current.isPresent() ? PublishOutcome.UPDATED : PublishOutcome.CREATED;
  }

  @Override
  public boolean removeExpectation(String contractId, String consumer) {
    String id = RegistryNames.requireName(RegistryNames.CONTRACT_ID, contractId);
    String name = RegistryNames.requireName(RegistryNames.CONSUMER, consumer);
    if (!readable()) {
      return false;
    }
    Path file = layout.expectationFile(id, name);
    if (storage.lookup(file) == Kind.ABSENT) {
      return false;
    }
    try {
      // Unlinking one file is already atomic; of two concurrent removers exactly one sees true.
      boolean removed = Files.deleteIfExists(file);
      RegistryStorage.forceDirectory(file.getParent());
      return removed;
    } catch (IOException e) {
      throw new InvalidDefinitionException(RegistryMessages.io("remove", file, e), e);
    }
  }

  // ---- the directory and its marker -------------------------------------------------------------

  /**
   * Checks the registry before reading.
   *
   * @return {@code false} if the directory does not exist yet: an empty registry
   */
  private boolean readable() {
    if (storage.rootKind() == Kind.ABSENT) {
      return false;
    }
    checkMarker();
    return true;
  }

  /** Creates the directory and its marker if needed, and checks the layout before writing. */
  private void prepareForWriting() {
    storage.ensureDirectory(layout.root());
    if (!checkMarker()) {
      storage.removeOldLeftovers(layout.root());
      writeGitAttributes();
      writeMarker();
    }
  }

  /**
   * Registries often live in Git. Git's line-end conversion (core.autocrlf) would change stored
   * bytes on checkout, and every entry would then fail its checksum; this file turns it off below
   * the registry. Written once, with the marker; a file the user already has there is kept.
   */
  private void writeGitAttributes() {
    Path file = layout.gitAttributes();
    if (storage.lookup(file) != Kind.ABSENT) {
      return;
    }
    Path temporary = RegistryLayout.temporary(file);
    try {
      RegistryStorage.writeNew(temporary, RegistryMarker.gitAttributes());
      RegistryStorage.moveAtomically(temporary, file);
    } catch (IOException e) {
      RegistryStorage.deleteQuietly(temporary);
      throw new InvalidDefinitionException(RegistryMessages.io("write", file, e), e);
    }
  }

  /**
   * Checks the marker's layout.
   *
   * @return {@code false} if there is no marker yet (a directory nobody has published to is read
   *     as an empty layout-1 registry)
   */
  private boolean checkMarker() {
    Path marker = layout.marker();
    Kind kind = storage.lookup(marker);
    if (kind == Kind.ABSENT) {
      return false;
    }
    byte[] content = kind == Kind.FILE ? storage.read(marker).orElse(null) : null;
    if (content == null) {
      throw new InvalidInputException(RegistryMessages.damagedMarker(marker),
          List.of(problem(marker, RegistryMessages.MARKER_NOT_A_FILE)));
    }
    RegistryMarker.check(content, marker);
    return true;
  }

  /**
   * Writes the marker atomically, then reads it back: if another process wrote one at the same
   * moment, whichever rename came last stands, and it must name a layout we know.
   */
  private void writeMarker() {
    Path marker = layout.marker();
    Path temporary = RegistryLayout.temporary(marker);
    try {
      RegistryStorage.writeNew(temporary, RegistryMarker.content());
      RegistryStorage.moveAtomically(temporary, marker);
    } catch (IOException e) {
      RegistryStorage.deleteQuietly(temporary);
      throw new InvalidDefinitionException(RegistryMessages.io("write", marker, e), e);
    }
    RegistryStorage.forceDirectory(layout.root());
    checkMarker();
  }

  private boolean isDirectory(Path path) {
    Kind kind = storage.lookup(path);
    if (kind == Kind.FILE || kind == Kind.OTHER) {
      throw new InvalidDefinitionException(RegistryMessages.notADirectory(path));
    }
    return kind == Kind.DIRECTORY;
  }

  private static InvalidInputException damaged(Path entry, Path where, String message) {
    return new InvalidInputException(RegistryMessages.damagedEntry(entry), List.of(problem(where, message)));
  }

  private static Problem problem(Path path, String message) {
    return new Problem(SourceLocation.of(path.toString()), message);
  }
}
