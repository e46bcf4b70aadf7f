def log = new File(basedir, 'build.log').text
assert log.contains('Unknown compatibility mode "SIDEWAYS"; expected one of BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE, NONE.')
assert !log.contains('NullPointerException')
return true
