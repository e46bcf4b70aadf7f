/**
 * Treaty's JUnit 5 extension for consumers: declare what your service relies on in a test (with
 * the DSL, or derived from the class you read payloads into through your own ObjectMapper), have
 * the expectation document written under {@code target/} for {@code contract:publish}, and check
 * your own sample payloads against it so they stay honest.
 *
 * <pre>{@code
 * @TreatyConsumer(consumer = "fraud-scoring", contract = "payments.order-events",
 *     derivedFrom = OrderPlaced.class)
 * class FraudScoringContractTest {
 *
 *   @ConsumerMapper
 *   static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule()).build();
 *
 *   @ConsumerExpectation
 *   static ExpectationBuilder expectation(ExpectationBuilder derived) {
 *     return derived.purpose("score every order before capture").versions("^2.0.0");
 *   }
 *
 *   @SamplePayloads("samples/order-placed/*.json")
 *   void everySampleScores(OrderPlaced order) {
 *     assertThat(new FraudScorer().score(order)).isBetween(0.0, 1.0);
 *   }
 * }
 * }</pre>
 */
@NullMarked
package dev.treaty.junit;

import org.jspecify.annotations.NullMarked;
