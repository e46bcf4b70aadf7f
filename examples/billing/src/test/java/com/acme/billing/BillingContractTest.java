package com.acme.billing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.junit.ConsumerExpectation;
import dev.treaty.junit.ConsumerMapper;
import dev.treaty.junit.SamplePayloads;
import dev.treaty.junit.TreatyConsumer;
import dev.treaty.model.ExpectationBuilder;

/**
 * Billing's expectation is derived from {@link OrderPlaced} through billing's own mapper, so
 * Jackson's real behaviour is what the producer is held to.
 */
@TreatyConsumer(consumer = "billing", contract = "payments.order-events", derivedFrom = OrderPlaced.class)
class BillingContractTest {

  @ConsumerMapper
  static final ObjectMapper MAPPER = BillingEvents.mapper();

  @ConsumerExpectation
  static ExpectationBuilder expectation(ExpectationBuilder derived) {
    return derived
        .versions("^1.0.0")
        .owner("finance-platform")
        .purpose("invoice every placed order");
  }

  @SamplePayloads("samples/order-placed/*.json")
  void everySampleReadsAndHasAnAmount(OrderPlaced order) {
    assertTrue(order.amount().value().signum() >= 0);
  }
}
