package com.acme.fraud;

import dev.treaty.junit.ConsumerExpectation;
import dev.treaty.junit.SamplePayloads;
import dev.treaty.junit.TreatyConsumer;
import dev.treaty.model.Expectation;

/**
 * What fraud scoring relies on in the order events: it switches on the status, scores the amount
 * and looks at the customer's country. The extension writes this expectation for
 * {@code contract:publish} and checks our sample payloads against it.
 */
@TreatyConsumer
class FraudScoringContractTest {

  @ConsumerExpectation
  static Expectation expectation() {
    return Expectation.builder("fraud-scoring", "payments.order-events")
        .versions("^1.0.0")
        .owner("risk-team")
        .purpose("score every order before payment capture")
        .field("orderId", "string")
        .field("status", f -> f.type("string").values("PLACED", "CANCELLED"))
        .field("amount.value", f -> f.type("number").minimum(0))
        .field("customer.country", f -> f.type("string").maxLength(2))
        .field("lines[].quantity", f -> f.type("int32").minimum(1))
        .build();
  }

  @SamplePayloads("samples/order-placed/*.json")
  void everySampleMeetsOurExpectation() {}
}
