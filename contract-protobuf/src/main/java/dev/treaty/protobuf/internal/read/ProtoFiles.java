package dev.treaty.protobuf.internal.read;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import dev.treaty.model.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * One version of a schema: every file it consists of, built into descriptors, and which of them
 * are its own. Imports that are not its own (protobuf's well-known files, say) resolve its types
 * but are never compared, as buf excludes imports from its checks.
 */
public final class ProtoFiles {

  private final Map<String, FileDescriptor> files;
  private final Set<String> own;
  private final List<SourceFile> sources;
  private final Map<String, String> displayNames;
  private final @Nullable String rootFile;
  private final Map<String, SourceLocations> locations = new ConcurrentHashMap<>();

  /**
   * Creates the set.
   *
   * @param files the built files, dependencies first
   * @param own the names of the files that belong to the schema
   * @param sources the files read, the root first
   */
  public ProtoFiles(List<FileDescriptor> files, Set<String> own, List<SourceFile> sources) {
    this(files, own, sources, Map.of(), null);
  }

  private ProtoFiles(List<FileDescriptor> files, Set<String> own, List<SourceFile> sources,
      Map<String, String> displayNames, @Nullable String rootFile) {
    Map<String, FileDescriptor> byName = new LinkedHashMap<>();
    for (FileDescriptor file : files) {
      byName.put(file.getName(), file);
    }
    this.files = byName;
    this.own = Set.copyOf(own);
    this.sources = List.copyOf(sources);
    this.displayNames = Map.copyOf(displayNames);
    this.rootFile = rootFile;
  }

  /**
   * The same files with another choice of own files (the conformance corpus names its own by the
   * files in the case directory).
   *
   * @param ownNames the names of the files that belong to the schema
   * @return the copy
   */
  public ProtoFiles withOwn(Set<String> ownNames) {
    return new ProtoFiles(List.copyOf(files.values()), ownNames, sources, displayNames,
        rootFile);
  }

  /**
   * The same files, shown to users under other names (a compiled file's name in its descriptor is
   * relative to the include root; users know it by its place in the project).
   *
   * @param names the shown name of each file, by descriptor name
   * @return the copy
   */
  ProtoFiles withDisplayNames(Map<String, String> names) {
    return new ProtoFiles(List.copyOf(files.values()), own, sources, names, rootFile);
  }

  /**
   * The same files, compiled from one root file.
   *
   * @param name the root file's name in its descriptor
   * @return the copy
   */
  ProtoFiles withRootFile(String name) {
    return new ProtoFiles(List.copyOf(files.values()), own, sources, displayNames, name);
  }

  /**
   * The file that was compiled, when the set was compiled from one {@code .proto} file.
   *
   * @return the root file, or {@code null} for a descriptor set
   */
  public @Nullable FileDescriptor rootFile() {
    return rootFile == null ? null : files.get(rootFile);
  }

  /**
   * The name users know a file by.
   *
   * @param fileName the file's name in its descriptor
   * @return the shown name
   */
  public String displayName(String fileName) {
    return displayNames.getOrDefault(fileName, fileName);
  }

  /**
   * The files that belong to the schema, by name.
   *
   * @return the files, sorted by name
   */
  public List<FileDescriptor> ownFiles() {
    List<FileDescriptor> list = new ArrayList<>();
    for (FileDescriptor file : files.values()) {
      if (own.contains(file.getName())) {
        list.add(file);
      }
    }
    list.sort(Comparator.comparing(FileDescriptor::getName));
    return list;
  }

  /**
   * Whether a file belongs to the schema.
   *
   * @param name the file's name
   * @return {@code true} for own files
   */
  public boolean isOwn(String name) {
    return own.contains(name);
  }

  /**
   * Every built file, dependencies first.
   *
   * @return the files
   */
  public List<FileDescriptor> allFiles() {
    return List.copyOf(files.values());
  }

  /**
   * The files read to build this set, the root first.
   *
   * @return the sources
   */
  public List<SourceFile> sources() {
    return sources;
  }

  /**
   * A message of any file, by full name.
   *
   * @param fullName e.g. {@code acme.orders.v1.OrderPlaced}
   * @return the message, or {@code null}
   */
  public @Nullable Descriptor message(String fullName) {
    for (FileDescriptor file : files.values()) {
      String pkg = file.getPackage();
      if (!pkg.isEmpty() && !fullName.startsWith(pkg + ".")) {
        continue;
      }
      String rest = pkg.isEmpty() ? fullName : fullName.substring(pkg.length() + 1);
      Descriptor found = find(file.getMessageTypes(), rest);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static @Nullable Descriptor find(List<Descriptor> messages, String nestedName) {
    int dot = nestedName.indexOf('.');
    String head = dot < 0 ? nestedName : nestedName.substring(0, dot);
    for (Descriptor message : messages) {
      if (message.getName().equals(head)) {
        return dot < 0 ? message : find(message.getNestedTypes(), nestedName.substring(dot + 1));
      }
    }
    return null;
  }

  /**
   * The source spans of a file's elements.
   *
   * @param file a file of this set
   * @return its locations
   */
  public SourceLocations locations(FileDescriptor file) {
    return locations.computeIfAbsent(file.getName(), n -> new SourceLocations(file.toProto()));
  }
}
