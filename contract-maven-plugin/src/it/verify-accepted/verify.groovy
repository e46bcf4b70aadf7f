def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Accepted: fraud-scoring  status  expectation.enum.valueAdded')
def json = new File(basedir, 'producer-v2/target/contract-reports/payments.orders.json').text
assert json.contains('"passed" : true')
return true
