fn main() {
    lalrpop::process_src().expect("grammar.lalrpop must generate a parser");
}
