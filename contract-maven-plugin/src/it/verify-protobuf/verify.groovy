def log = new File(basedir, 'build.log').text
assert log.contains('Contract payments.orders-proto 1.0.0: published')
assert log.contains('The latest version 1.0.0 of payments.orders-proto meets the expectation of risk.')
assert log.contains("payments.orders-proto 1.0.0 -> 1.1.0 breaks the contract's BACKWARD compatibility")
assert log.contains('customer_id')
assert log.contains('risk  customer_id  expectation.field.typeChanged  Consumer `risk` reads `customer_id` as string, but the schema makes it int64.')
assert log.contains('BUILD FAILURE')
return true
