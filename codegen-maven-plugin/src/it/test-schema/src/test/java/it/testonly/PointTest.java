package it.testonly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PointTest {
  @Test
  void theTestOnlySchemaIsGeneratedForTheTests() {
    Point point = Point.builder().x(1).y(2).build();
    assertEquals(point, Tl.decode(point.toBytes()));
  }
}
