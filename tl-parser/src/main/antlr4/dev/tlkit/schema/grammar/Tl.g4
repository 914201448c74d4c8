/*
 * The grammar of TL schema files as Telegram, TDLib and TON write them.
 *
 * One definition is `name#id {X:Type} a:int b:flags.0?Vector<T> = Result;` and may span lines.
 * Builtin declarations (`int ? = Int;`, `int128 4*[ int ] = Int128;`,
 * `vector {t:Type} # [ t ] = Vector t;`) have a body instead of parameters.
 * Comments go to the hidden channel (whitespace is skipped): the element builder reads TDLib doc
 * comments (`//@description ...`), `// LAYER N` and `// tlkit:allow-id-mismatch` from there.
 * Stray characters go there too, reported once each by the file parser.
 *
 * The parser only checks the shape of the text; names, flags and ids are checked by the linker.
 */
grammar Tl;

@parser::members {
  /**
   * Application arguments of a result type (`= Vector t`) must stay on the line of the type name.
   * No real schema breaks a result type over lines, and without this rule a missing ';' would
   * silently glue the next definition's name onto the result type.
   */
  private boolean onSameLineAsPrevious() {
    Token previous = _input.LT(-1);
    return previous == null || _input.LT(1).getLine() == previous.getLine();
  }
}

tlFile
    : item* EOF
    ;

item
    : SECTION
    | definition
    ;

definition
    : name=IDENT CONSTRUCTOR_ID? typeParameter* (builtinBody | parameter*) EQUALS resultType SEMI
    ;

typeParameter
    : LBRACE name=IDENT COLON kind=(IDENT | HASH) RBRACE
    ;

/* `?`, `4*[ int ]` or `# [ t ]`: how a builtin type is laid out on the wire. */
builtinBody
    : QUESTION
    | NAT STAR LBRACKET typeExpr RBRACKET
    | HASH LBRACKET typeExpr RBRACKET
    ;

parameter
    : name=IDENT COLON flagCondition? typeExpr
    ;

/* `flags.3?`: the parameter is present when bit 3 of the `#` field `flags` is set. */
flagCondition
    : field=IDENT DOT bit=NAT QUESTION
    ;

typeExpr
    : PERCENT? IDENT typeArguments?                # namedType
    | BANG IDENT                                   # bangType
    | HASH                                         # natType
    | LPAREN IDENT typeExpr* RPAREN                # applicationType
    ;

typeArguments
    : LT typeExpr (COMMA typeExpr)* GT
    ;

/* `Error`, `Vector t` (application), `Vector<t>`, `X` (a type variable of a generic function). */
resultType
    : PERCENT? IDENT (typeArguments | ({onSameLineAsPrevious()}? typeExpr)*)
    ;

// ---- Lexer ----

/* `---types---`, `--- functions ---`; a misspelt header is reported by the element builder. */
SECTION         : '-' '-'+ [ \t]* [a-zA-Z_]* [ \t]* '-'* ;

/* `#37c9330`; anything after `#` up to a non-word character, so that `#xyz` is one bad id. */
CONSTRUCTOR_ID  : '#' [a-zA-Z0-9_]+ ;

/* Names with namespaces: `phone.requestCall`, `liteServer.signatureSet.ordinary`. */
IDENT           : NAME_PART ('.' NAME_PART)* ;
fragment NAME_PART : [a-zA-Z_] [a-zA-Z0-9_]* ;

NAT             : [0-9]+ ;

COLON           : ':' ;
SEMI            : ';' ;
EQUALS          : '=' ;
QUESTION        : '?' ;
BANG            : '!' ;
PERCENT         : '%' ;
HASH            : '#' ;
DOT             : '.' ;
COMMA           : ',' ;
STAR            : '*' ;
LT              : '<' ;
GT              : '>' ;
LPAREN          : '(' ;
RPAREN          : ')' ;
LBRACE          : '{' ;
RBRACE          : '}' ;
LBRACKET        : '[' ;
RBRACKET        : ']' ;

LINE_COMMENT    : '//' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT   : '/*' .*? '*/' -> channel(HIDDEN) ;
/* Reported by the element builder as one clear error instead of a cascade. */
/* Text that never contains the closing mark: a longest match must not beat BLOCK_COMMENT. */
UNCLOSED_COMMENT : '/*' ( ~'*' | '*'+ ~[*/] )* '*'* EOF -> channel(HIDDEN) ;

WS              : [ \t\r\n\f\u00a0\ufeff]+ -> skip ;

/*
 * Anything else is kept out of the parser's way (so that one stray character does not derail the
 * rest of the definition) and reported by the file parser as an unexpected character.
 */
STRAY_CHAR      : . -> channel(HIDDEN) ;
