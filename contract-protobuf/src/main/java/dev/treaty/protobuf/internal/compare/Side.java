package dev.treaty.protobuf.internal.compare;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import dev.treaty.protobuf.internal.read.ElementPaths;
import dev.treaty.protobuf.internal.read.ProtoFiles;
import dev.treaty.protobuf.internal.read.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One version's own elements, indexed the ways buf pairs them: files by name, messages and enums
 * by full name, extensions by the message they extend and their number, and every element of a
 * file or package by its name within it.
 */
public final class Side {

  private final ProtoFiles files;
  private final Map<String, FileDescriptor> ownFiles = new TreeMap<>();
  private final Map<String, Descriptor> messages = new TreeMap<>();
  private final Map<String, EnumDescriptor> enums = new TreeMap<>();
  private final Map<String, FieldDescriptor> extensions = new TreeMap<>();
  private final Map<String, Map<Integer, FieldDescriptor>> extensionsByExtendee = new TreeMap<>();
  private final Map<String, List<FileDescriptor>> packages = new TreeMap<>();

  Side(ProtoFiles files) {
    this.files = files;
    for (FileDescriptor file : files.ownFiles()) {
      ownFiles.put(file.getName(), file);
      packages.computeIfAbsent(file.getPackage(), p -> new ArrayList<>()).add(file);
      for (Descriptor message : file.getMessageTypes()) {
        index(message);
      }
      for (EnumDescriptor enumType : file.getEnumTypes()) {
        enums.put(enumType.getFullName(), enumType);
      }
      for (FieldDescriptor extension : file.getExtensions()) {
        index(extension);
      }
    }
  }

  private void index(Descriptor message) {
    messages.put(message.getFullName(), message);
    for (Descriptor nested : message.getNestedTypes()) {
      index(nested);
    }
    for (EnumDescriptor enumType : message.getEnumTypes()) {
      enums.put(enumType.getFullName(), enumType);
    }
    for (FieldDescriptor extension : message.getExtensions()) {
      index(extension);
    }
  }

  private void index(FieldDescriptor extension) {
    extensions.put(extension.getFullName(), extension);
    extensionsByExtendee.computeIfAbsent(extension.getContainingType().getFullName(),
        e -> new TreeMap<>()).put(extension.getNumber(), extension);
  }

  /**
   * The files this side was read from.
   *
   * @return the files
   */
  public ProtoFiles files() {
    return files;
  }

  /**
   * The own files, by name.
   *
   * @return the files, sorted
   */
  public Map<String, FileDescriptor> ownFiles() {
    return ownFiles;
  }

  /**
   * The own messages (nested ones and map entries included), by full name.
   *
   * @return the messages, sorted
   */
  public Map<String, Descriptor> messages() {
    return messages;
  }

  /**
   * The own enums, by full name.
   *
   * @return the enums, sorted
   */
  public Map<String, EnumDescriptor> enums() {
    return enums;
  }

  /**
   * The own extensions, by full name.
   *
   * @return the extensions, sorted
   */
  public Map<String, FieldDescriptor> extensions() {
    return extensions;
  }

  /**
   * The own extensions of each message they extend, by number.
   *
   * @return the extensions, sorted by extended message and number
   */
  public Map<String, Map<Integer, FieldDescriptor>> extensionsByExtendee() {
    return extensionsByExtendee;
  }

  /**
   * The own files of each package.
   *
   * @return files by package ({@code ""} for files without one)
   */
  public Map<String, List<FileDescriptor>> packages() {
    return packages;
  }

  /**
   * The first of several places of an element's file that has a span, or the file alone.
   *
   * @param file the file
   * @param candidates {@code SourceCodeInfo} paths, most specific first
   * @return the place
   */
  @SafeVarargs
  public final Place place(FileDescriptor file, List<Integer>... candidates) {
    for (List<Integer> path : candidates) {
      SourceSpan span = files.locations(file).at(path);
      if (span != null) {
        return new Place(file.getName(), span);
      }
    }
    return new Place(file.getName(), null);
  }

  /**
   * Whether a file records a span for a path (an option or feature set on the element itself).
   *
   * @param file the file
   * @param path the path
   * @return {@code true} if it has a span
   */
  public boolean hasSpan(FileDescriptor file, List<Integer> path) {
    return files.locations(file).at(path) != null;
  }

  /**
   * Where to report an element that was deleted from a file: at the innermost message of the file
   * that encloses where it was, else at the file alone.
   *
   * @param file the current version of the file
   * @param nestedName the element's name within its package, e.g. {@code Outer.Inner.Deleted}
   * @return the place
   */
  public Place enclosing(FileDescriptor file, String nestedName) {
    String prefix = file.getPackage().isEmpty() ? "" : file.getPackage() + ".";
    String name = nestedName;
    for (int dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.')) {
      name = name.substring(0, dot);
      Descriptor message = messages.get(prefix + name);
      if (message != null && message.getFile() == file) {
        return place(file, ElementPaths.of(message));
      }
    }
    return new Place(file.getName(), null);
  }

  /**
   * Where to report a message that was deleted from its package: at the innermost message of the
   * package (in whichever file) that encloses where it was, else at its old file alone.
   *
   * @param file the current version of the message's old file
   * @param nestedName the message's name within its package
   * @return the place
   */
  public Place enclosingInPackage(FileDescriptor file, String nestedName) {
    String prefix = file.getPackage().isEmpty() ? "" : file.getPackage() + ".";
    String name = nestedName;
    for (int dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.')) {
      name = name.substring(0, dot);
      Descriptor message = messages.get(prefix + name);
      if (message != null && message.getFile().getPackage().equals(file.getPackage())) {
        return place(message.getFile(), ElementPaths.of(message));
      }
    }
    return new Place(file.getName(), null);
  }

  /**
   * The nested name of a full name within a file's package.
   *
   * @param file the file
   * @param fullName a full name declared in the file
   * @return the name without the package
   */
  public static String nestedName(FileDescriptor file, String fullName) {
    return file.getPackage().isEmpty() ? fullName : fullName.substring(file.getPackage().length()
        + 1);
  }

  /**
   * A message of this side, by full name.
   *
   * @param fullName the name
   * @return the message, or {@code null}
   */
  public @Nullable Descriptor message(String fullName) {
    return messages.get(fullName);
  }
}
