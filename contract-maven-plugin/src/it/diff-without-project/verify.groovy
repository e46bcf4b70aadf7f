def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('json.') : 'a JSON Schema rule id is reported'
assert log.contains('status')
assert log.contains('BACKWARD   BREAKING')
assert log.contains('FORWARD    compatible')
return true
