# A generic body may call only the methods its parameters' bounds give, checked where it is
# declared (Mojo 1.2: "'T' value has no attribute 'wag'"), also for Some[Trait] arguments.
trait Speaker:
    def speak(self) -> String: ...

trait Loud(Speaker):
    def shout(self) -> String: ...

@fieldwise_init
struct Dog(Copyable, Loud, Writable):
    def speak(self) -> String:
        return "woof"
    def shout(self) -> String:
        return "WOOF"
    def wag(self) -> String:
        return "wag"

def talk[T: Speaker](s: T) -> String:
    return s.speak() + " " + s.wag()  # error[E0310]: 'T' value has no attribute 'wag'

def both[T: Loud & Writable](s: T) -> String:
    return s.speak() + s.shout() + String(s)

def any_speaker(s: Some[Speaker]) -> String:
    return s.speak() + s.shout()  # error[E0310]: 'T' value has no attribute 'shout'

def copies[T: Copyable & Comparable](a: T, b: T) -> Bool:
    var c = a.copy()
    return c.__lt__(b) or a.__eq__(b)

def main():
    print(talk(Dog()), both(Dog()), any_speaker(Dog()))
