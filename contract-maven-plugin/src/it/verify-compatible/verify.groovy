def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('payments.orders 1.0.0 -> 1.1.0: compatible under BACKWARD; no registered consumer broken (1 consumer checked)')
def json = new File(basedir, 'producer-v2/target/contract-reports/payments.orders.json').text
assert json.contains('"passed" : true')
assert new File(basedir, 'registry/expectations/payments.orders/fraud-scoring.expectation.yaml').isFile()
return true
