def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('[ERROR] payments.orders 1.0.0 -> 1.1.0 breaks 1 of 1 consumer')
assert log.contains('fraud-scoring  status  expectation.enum.valueAdded  Consumer `fraud-scoring` rejects unknown values of `status`, but the schema allows REFUNDED.')
assert log.contains('- {rule: expectation.enum.valueAdded, path: status, consumer: fraud-scoring, justification: "..."}')
def reports = new File(basedir, 'producer-v2/target/contract-reports')
['payments.orders.json', 'TEST-payments.orders.xml', 'payments.orders.md'].each { name ->
  def text = new File(reports, name).text
  assert text.contains('fraud-scoring') : name
  assert text.contains('expectation.enum.valueAdded') : name
  assert text.contains('status') : name
}
def xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
    .parse(new File(reports, 'TEST-payments.orders.xml'))
def failures = xml.getElementsByTagName('failure')
assert failures.length == 1
assert failures.item(0).parentNode.getAttribute('name') == 'status'
assert failures.item(0).parentNode.getAttribute('classname') == 'treaty.payments.orders.consumer.fraud-scoring'
return true
