def log = new File(basedir, 'build.log').text
assert log.contains('Attached orders-producer-1.0.0-contracts.zip for deployment with the build.')
assert log.contains('Baseline contracts from the Maven repository: previous.')
assert log.contains("payments.orders 1.0.0 -> 1.1.0 breaks the contract's BACKWARD compatibility")
assert log.contains('amount')
assert log.contains('BUILD FAILURE')
return true
