package dev.treaty.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.model.FieldPath.Branch;
import dev.treaty.model.FieldPath.Element;
import dev.treaty.model.FieldPath.Field;
import dev.treaty.model.FieldPath.MapValue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class FieldPathTest {

  @Test
  void parsesEveryKindOfSegment() {
    FieldPath path = FieldPath.parse("payment<card>.lines[].attributes{}.\"first.name\"");
    assertThat(path.segments()).containsExactly(
        new Field("payment"), new Branch("card"), new Field("lines"), new Element(),
        new Field("attributes"), new MapValue(), new Field("first.name"));
  }

  @Test
  void rootIsTheEmptyPath() {
    assertThat(FieldPath.parse("")).isEqualTo(FieldPath.ROOT);
    assertThat(FieldPath.ROOT.isRoot()).isTrue();
    assertThat(FieldPath.ROOT).hasToString("");
    assertThat(FieldPath.ROOT.parent()).isEqualTo(FieldPath.ROOT);
  }

  @TestFactory
  Stream<DynamicTest> canonicalTextRoundTrips() {
    return Stream.of("orderId", "customer.address.city", "lines[].sku", "attributes{}",
            "attributes{}.unit", "payment<card>.last4", "\"first.name\"", "meta.\"x-y z\"",
            "matrix[][]", "[]", "<string>", "a.\"quote\\\"d\".b", "\"back\\\\slash\"", "\"\"",
            "<\"a.b\">.c", "ünïcödé.naïve")
        .map(text -> DynamicTest.dynamicTest(text, () -> {
          FieldPath parsed = FieldPath.parse(text);
          assertThat(parsed).hasToString(text);
          assertThat(FieldPath.parse(parsed.toString())).isEqualTo(parsed);
        }));
  }

  @Test
  void builtPathsQuoteNamesThatNeedIt() {
    FieldPath path = FieldPath.ofFields("customer", "first.name", "a b", "x\"y");
    assertThat(path).hasToString("customer.\"first.name\".\"a b\".\"x\\\"y\"");
    assertThat(FieldPath.parse(path.toString())).isEqualTo(path);
    assertThat(FieldPath.ROOT.field("lines").element().field("sku")).hasToString("lines[].sku");
    assertThat(FieldPath.ROOT.field("m").mapValue().branch("Card")).hasToString("m{}<Card>");
  }

  @TestFactory
  Stream<DynamicTest> rejectsMalformedPathsWithTheColumn() {
    return Stream.of(
            new String[] {"a..b", "column 3"},
            new String[] {".a", "column 1"},
            new String[] {"a.", "column 3"},
            new String[] {"a[", "column 3"},
            new String[] {"a[x]", "column 3"},
            new String[] {"a{", "column 3"},
            new String[] {"a<b", "column 4"},
            new String[] {"a\"b\"", "column 2"},
            new String[] {"\"open", "column 6"},
            new String[] {"a b", "column 2"},
            new String[] {"a[]b", "column 4"},
            new String[] {"\"bad\\escape\"", "column 5"})
        .map(c -> DynamicTest.dynamicTest(c[0], () -> assertThatThrownBy(() -> FieldPath.parse(c[0]))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(c[1])
            .hasMessageContaining("expected")));
  }

  @Test
  void ordersSegmentBySegment() {
    List<FieldPath> paths = new ArrayList<>(Stream.of("b", "a.c", "a", "a[]", "a.b", "a<x>", "a{}")
        .map(FieldPath::parse).toList());
    paths.sort(null);
    assertThat(paths).extracting(FieldPath::toString)
        .containsExactly("a", "a.b", "a.c", "a[]", "a{}", "a<x>", "b");
  }

  @Test
  void knowsAncestors() {
    FieldPath path = FieldPath.parse("a.b[].c");
    assertThat(path.startsWith(FieldPath.parse("a.b"))).isTrue();
    assertThat(path.startsWith(FieldPath.parse("a.b[]"))).isTrue();
    assertThat(path.startsWith(FieldPath.parse("a.c"))).isFalse();
    assertThat(path.parent()).isEqualTo(FieldPath.parse("a.b[]"));
    assertThat(path.last()).isEqualTo(new Field("c"));
  }
}
