package dev.tlkit.schema.syntax;

import dev.tlkit.schema.grammar.TlParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's recovery with messages in TL words. ANTLR says {@code mismatched input ';' expecting
 * {'%', '!', '#', '(', IDENT}}; this says {@code expected a type after 'user_id:', found ';'}.
 * Each message names what was expected, what it follows, and what was found instead. A missing
 * token is reported just after the token it should follow, where the user has to type it.
 *
 * <p>Two changes to ANTLR's recovery keep follow-up errors out: {@code =} and {@code ;} are never
 * deleted as "extraneous" (deleting them lets one mistake run into the next definition), and only
 * the first error of each definition is reported.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {
  /** Start token index of the definition that had the last reported error. */
  private int lastReportedDefinition = -1;

  @Override
  protected Token singleTokenDeletion(Parser parser) {
    int next = parser.getInputStream().LA(1);
    if (next == TlParser.EQUALS || next == TlParser.SEMI || next == TlParser.SECTION) {
      return null;
    }
    return super.singleTokenDeletion(parser);
  }

  @Override
  protected void reportNoViableAlternative(Parser parser, NoViableAltException e) {
    report(parser, e.getOffendingToken(), e.getExpectedTokens(), e);
  }

  @Override
  protected void reportInputMismatch(Parser parser, InputMismatchException e) {
    report(parser, e.getOffendingToken(), e.getExpectedTokens(), e);
  }

  @Override
  protected void reportFailedPredicate(Parser parser, FailedPredicateException e) {
    report(parser, e.getOffendingToken(), parser.getExpectedTokens(), e);
  }

  @Override
  protected void reportUnwantedToken(Parser parser) {
    if (inErrorRecoveryMode(parser)) {
      return;
    }
    beginErrorCondition(parser);
    Token extra = parser.getCurrentToken();
    ParserRuleContext ctx = parser.getContext();
    if (isFollowUp(ctx)) {
      return;
    }
    Token previous = parser.getInputStream().LT(-1);
    Token beforePrevious = parser.getInputStream().LT(-2);
    String message;
    Token at = extra;
    if (extra.getType() == TlParser.COLON && previous != null
        && previous.getType() == TlParser.IDENT
        && hasAncestor(ctx, TlParser.ApplicationTypeContext.class)) {
      // `ids:(vector int256 transactions:bytes`: the next parameter was read as an argument.
      at = previous;
      message = "expected ')' to close '(' before parameter '" + previous.getText() + "'"
          + inDefinition(ctx, null);
    } else if (extra.getType() == TlParser.COLON && previous != null
        && previous.getType() == TlParser.IDENT && beforePrevious != null
        && beforePrevious.getType() == TlParser.COLON) {
      // `a x: y:int`: the type of x is missing, so y was read as it.
      at = previous;
      Token parameterName = parser.getInputStream().LT(-3);
      message = "expected a type after '" + (parameterName == null ? "" : parameterName.getText()) + ":'"
          + inDefinition(ctx, null) + ", found parameter '" + previous.getText() + ":'";
    } else if (extra.getType() == TlParser.COLON && ctx instanceof TlParser.DefinitionContext) {
      message = "expected a parameter name before ':'" + inDefinition(ctx, null);
    } else {
      message = "unexpected " + describe(extra) + after(parser, ctx);
    }
    parser.notifyErrorListeners(at, message, null);
  }

  @Override
  protected void reportMissingToken(Parser parser) {
    if (inErrorRecoveryMode(parser)) {
      return;
    }
    beginErrorCondition(parser);
    ParserRuleContext ctx = parser.getContext();
    if (isFollowUp(ctx)) {
      return;
    }
    IntervalSet expected = parser.getExpectedTokens();
    String message = expected.contains(TlParser.SEMI) && ctx instanceof TlParser.DefinitionContext
        ? endOfDefinition(ctx)
        : "expected " + expected(expected, ctx, parser.getCurrentToken()) + after(parser, ctx);
    parser.notifyErrorListeners(afterPrevious(parser), message, null);
  }

  private void report(Parser parser, Token offending, IntervalSet expectedTokens,
      RecognitionException e) {
    ParserRuleContext ctx = parser.getContext();
    if (isFollowUp(ctx)) {
      return;
    }
    Token previous = parser.getInputStream().LT(-1);
    String message;
    Token at = offending.getType() == Token.EOF ? afterPrevious(parser) : offending;
    if (ctx instanceof TlParser.ParameterContext p && p.COLON() == null && p.name != null
        && (offending.getType() == TlParser.SEMI || offending.getType() == Token.EOF)) {
      // `a x:int Result;`: the last "parameter" is really the result type.
      message = "expected '=' before the result type '" + p.name.getText() + "'"
          + inDefinition(ctx, null) + ", found " + describe(offending);
    } else if (ctx instanceof TlParser.ResultTypeContext r && r.IDENT() != null && previous != null
        && offending.getLine() != previous.getLine()) {
      // The result type ended at the line break; what follows is the next definition.
      message = endOfDefinition(ctx);
      at = afterPrevious(parser);
    } else {
      message = "expected " + expected(expectedTokens, ctx, offending) + after(parser, ctx)
          + ", found " + describe(offending);
    }
    parser.notifyErrorListeners(at, message, e);
  }

  /**
   * Whether an error follows an error already reported in the same definition: after the first,
   * ANTLR's guesses about the rest of the definition mostly mislead.
   */
  private boolean isFollowUp(ParserRuleContext ctx) {
    for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
      if (c instanceof TlParser.DefinitionContext) {
        int start = c.getStart().getTokenIndex();
        if (start == lastReportedDefinition) {
          return true;
        }
        lastReportedDefinition = start;
        return false;
      }
    }
    return false;
  }

  private static boolean hasAncestor(ParserRuleContext ctx, Class<? extends ParserRuleContext> type) {
    for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }

  private static String endOfDefinition(ParserRuleContext ctx) {
    for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
      if (c instanceof TlParser.DefinitionContext d && d.name != null) {
        return "expected ';' at the end of definition '" + d.name.getText() + "'";
      }
    }
    return "expected ';' at the end of the definition";
  }

  /** What the parser wanted, in words: "a type", "a parameter or '='", "';'". */
  private static String expected(IntervalSet set, ParserRuleContext ctx, Token offending) {
    if (ctx instanceof TlParser.TypeArgumentsContext && set.contains(TlParser.GT)) {
      return "'>' to close '<'";
    }
    if (ctx instanceof TlParser.ApplicationTypeContext && set.contains(TlParser.RPAREN)) {
      return "')' to close '('";
    }
    if (ctx instanceof TlParser.TypeParameterContext tp && tp.COLON() != null
        && set.contains(TlParser.HASH)) {
      return "'Type' or '#' as the kind of a type variable";
    }
    if (set.contains(TlParser.IDENT) && set.contains(TlParser.EQUALS)) {
      return "a parameter or '='";
    }
    if (set.contains(TlParser.PERCENT) && !set.contains(TlParser.BANG)) {
      return "a result type";
    }
    if (set.contains(TlParser.PERCENT) || set.contains(TlParser.BANG)) {
      return "a type";
    }
    if (set.contains(TlParser.SECTION) || set.contains(Token.EOF) && set.contains(TlParser.IDENT)) {
      return "a definition name";
    }
    if (ctx instanceof TlParser.ResultTypeContext && set.contains(TlParser.IDENT)) {
      return "a result type";
    }
    if (ctx instanceof TlParser.FlagConditionContext && set.contains(TlParser.NAT)) {
      return "a bit number";
    }
    List<String> names = new ArrayList<>();
    for (int type : set.toList()) {
      names.add(tokenName(type));
    }
    if (names.isEmpty()) {
      return "something other than " + describe(offending);
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  private static String tokenName(int type) {
    return switch (type) {
      case Token.EOF -> "end of file";
      case TlParser.IDENT -> "a name";
      case TlParser.NAT -> "a number";
      case TlParser.CONSTRUCTOR_ID -> "an id such as '#1cb5c415'";
      case TlParser.SECTION -> "'---types---' or '---functions---'";
      default -> TlParser.VOCABULARY.getLiteralName(type) != null
          ? TlParser.VOCABULARY.getLiteralName(type)
          : TlParser.VOCABULARY.getDisplayName(type);
    };
  }

  /** " after parameter name 'x'", " after 'x:'": where the problem is, in the user's words. */
  private static String after(Parser parser, ParserRuleContext ctx) {
    Token previous = parser.getInputStream().LT(-1);
    if (previous == null) {
      return " at the start of the file";
    }
    String inDefinition = inDefinition(ctx, previous);
    if (ctx instanceof TlParser.ParameterContext p) {
      if (previous == p.name) {
        return " after parameter name '" + p.name.getText() + "'" + inDefinition;
      }
      if (p.COLON() != null && previous == p.COLON().getSymbol()) {
        return " after '" + p.name.getText() + ":'" + inDefinition;
      }
    }
    if (ctx instanceof TlParser.DefinitionContext d && previous == d.name) {
      return " after definition name '" + d.name.getText() + "'";
    }
    if (ctx instanceof TlParser.FlagConditionContext f && f.field != null
        && previous.getType() == TlParser.DOT) {
      return " after '" + f.field.getText() + ".'" + inDefinition;
    }
    if (ctx instanceof TlParser.FlagConditionContext f && f.field != null && previous == f.bit) {
      return " after '" + f.field.getText() + "." + f.bit.getText() + "'" + inDefinition;
    }
    return " after " + describe(previous) + inDefinition;
  }

  /** " in definition 'a'" when inside a definition whose name is known. */
  private static String inDefinition(ParserRuleContext ctx, Token previous) {
    for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
      if (c instanceof TlParser.DefinitionContext d && d.name != null && d.name != previous
          && d.name.getTokenIndex() >= 0) {
        return " in definition '" + d.name.getText() + "'";
      }
    }
    return "";
  }

  private static String describe(Token token) {
    if (token.getType() == Token.EOF) {
      return "end of file";
    }
    String text = token.getText();
    if (text.length() > 24) {
      text = text.substring(0, 21) + "...";
    }
    return "'" + text + "'";
  }

  /** A position just after the previous token: where a missing token belongs. */
  private static Token afterPrevious(Parser parser) {
    Token previous = parser.getInputStream().LT(-1);
    Token current = parser.getCurrentToken();
    if (previous == null) {
      return current;
    }
    CommonToken at = new CommonToken(current);
    at.setLine(previous.getLine());
    at.setCharPositionInLine(previous.getCharPositionInLine() + previous.getText().length());
    return at;
  }
}
