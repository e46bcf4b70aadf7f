package dev.treaty.protobuf.internal.read;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.Problem;
import dev.treaty.model.SourceFile;
import dev.treaty.model.SourceLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads a binary {@code google.protobuf.FileDescriptorSet} (what {@code protoc
 * --descriptor_set_out} and {@code buf build} write) and builds its files into descriptors,
 * dependencies first. Every import must be in the set ({@code --include_imports}).
 */
public final class DescriptorSetReader {

  private DescriptorSetReader() {}

  /**
   * Reads a descriptor set file. Its own files are all but protobuf's well-known ones.
   *
   * @param source the file
   * @return the built files
   * @throws InvalidInputException naming the file, if it is not a valid descriptor set
   */
  public static ProtoFiles read(SourceFile source) {
    FileDescriptorSet set = parse(source.location(), source.bytes());
    Set<String> own = new HashSet<>();
    for (FileDescriptorProto file : set.getFileList()) {
      if (!WellKnownFiles.contains(file.getName())) {
        own.add(file.getName());
      }
    }
    return build(source.location(), set, own, List.of(source));
  }

  /**
   * Reads descriptor set bytes whose own files are known.
   *
   * @param label the input's name, for messages
   * @param bytes the bytes
   * @param own the names of the files that belong to the schema
   * @return the built files
   * @throws InvalidInputException if the bytes are not a valid descriptor set
   */
  public static ProtoFiles read(String label, byte[] bytes, Set<String> own) {
    return build(label, parse(label, bytes), own, List.of(SourceFile.of(label, bytes)));
  }

  /**
   * Parses descriptor set bytes.
   *
   * @param label the input's name, for messages
   * @param bytes the bytes
   * @return the set
   * @throws InvalidInputException if the bytes are not a descriptor set
   */
  static FileDescriptorSet parse(String label, byte[] bytes) {
    FileDescriptorSet set;
    try {
      set = FileDescriptorSet.parseFrom(bytes);
    } catch (InvalidProtocolBufferException e) {
      throw problem(label, "is not a binary FileDescriptorSet (" + e.getMessage()
          + "); write one with protoc --include_imports --descriptor_set_out, or name a .proto "
          + "file", e);
    }
    if (set.getFileCount() == 0) {
      throw problem(label, "holds no files; is it a binary FileDescriptorSet?", null);
    }
    return set;
  }

  /**
   * Builds every file of a set, each after the files it imports.
   *
   * @param label the input's name, for messages
   * @param set the set
   * @param own the names of the files that belong to the schema
   * @param sources the files read, the root first
   * @return the built files
   * @throws InvalidInputException if a file is missing, repeated, in an import cycle, or invalid
   */
  static ProtoFiles build(String label, FileDescriptorSet set, Set<String> own,
      List<SourceFile> sources) {
    Map<String, FileDescriptorProto> protos = new LinkedHashMap<>();
    for (FileDescriptorProto file : set.getFileList()) {
      if (protos.put(file.getName(), file) != null) {
        throw problem(label, "holds the file " + file.getName() + " twice", null);
      }
    }
    Map<String, FileDescriptor> built = new HashMap<>();
    List<FileDescriptor> ordered = new ArrayList<>();
    for (String name : order(label, protos)) {
      FileDescriptorProto proto = protos.get(name);
      FileDescriptor[] dependencies = new FileDescriptor[proto.getDependencyCount()];
      for (int i = 0; i < dependencies.length; i++) {
        dependencies[i] = built.get(proto.getDependency(i));
      }
      try {
        FileDescriptor file = FileDescriptor.buildFrom(proto, dependencies);
        built.put(name, file);
        ordered.add(file);
      } catch (DescriptorValidationException e) {
        throw problem(label, "holds an invalid file: " + e.getMessage(), e);
      } catch (RuntimeException e) {
        // protobuf-java throws unchecked exceptions for some malformed descriptors.
        throw problem(label, "holds an invalid file " + name + ": " + e.getMessage(), e);
      }
    }
    return new ProtoFiles(ordered, own, sources);
  }

  /** The files in an order where each comes after its imports (Kahn's algorithm). */
  private static List<String> order(String label, Map<String, FileDescriptorProto> protos) {
    Map<String, Integer> waiting = new HashMap<>();
    Map<String, List<String>> importers = new HashMap<>();
    Deque<String> ready = new ArrayDeque<>();
    for (FileDescriptorProto file : protos.values()) {
      Set<String> imports = new TreeSet<>(file.getDependencyList());
      for (String dependency : imports) {
        if (!protos.containsKey(dependency)) {
          throw problem(label, "lacks " + dependency + ", which " + file.getName() + " imports; "
              + "write the set with protoc --include_imports", null);
        }
        importers.computeIfAbsent(dependency, d -> new ArrayList<>()).add(file.getName());
      }
      waiting.put(file.getName(), imports.size());
      if (imports.isEmpty()) {
        ready.add(file.getName());
      }
    }
    List<String> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      String name = ready.poll();
      order.add(name);
      for (String importer : importers.getOrDefault(name, List.of())) {
        if (waiting.merge(importer, -1, Integer::sum) == 0) {
          ready.add(importer);
        }
      }
    }
    if (order.size() < protos.size()) {
      Set<String> cycle = new TreeSet<>(protos.keySet());
      cycle.removeAll(order);
      throw problem(label, "has files that import each other in a cycle: " + cycle, null);
    }
    return order;
  }

  private static InvalidInputException problem(String label, String text,
      @Nullable Throwable cause) {
    String sentence = text.endsWith(".") ? text : text + ".";
    return new InvalidInputException(label + " is not a valid descriptor set",
        List.of(new Problem(SourceLocation.of(label), label + " " + sentence)), cause);
  }
}
