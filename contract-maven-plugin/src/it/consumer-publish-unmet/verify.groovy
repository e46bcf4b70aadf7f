def log = new File(basedir, 'build.log').text
assert log.contains('payments.orders 1.0.0 does not give consumer fraud-scoring what it expects (1 problem):')
assert log.contains('customer.country  expectation.field.missing  Consumer `fraud-scoring` reads `customer.country`, which the schema does not have.')
assert log.contains('-Dcontract.allowUnmet=true')
assert !new File(basedir, 'registry/expectations/payments.orders/fraud-scoring.expectation.yaml').exists()
return true
