//! The `data-act` vocabulary of the markup, turned into commands: most are reducer actions,
//! a few are effects only the shell can perform (print, download, copy, fill an input).

use crate::app::state::{Action, Screen};
use crate::flow::Question;
use crate::i18n::Lang;
use crate::policy::Param;

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Do(Action),
    Print,
    Download,
    /// Kiosk: wipe everything at once.
    Finish,
    /// Copy the on-time summary.
    Copy,
    /// Put a value in the capacity input (typical values, the capacity helper).
    Fill(String),
}

/// The command for a control's `data-act` (and `data-value`, where it carries one).
pub fn command(act: &str, value: Option<&str>) -> Option<Command> {
    let (verb, arg) = act.split_once(':').unwrap_or((act, ""));
    let question = || Question::from_key(arg);
    Some(match verb {
        "begin" => Command::Do(Action::Begin),
        "back" => Command::Do(Action::Back),
        "restart" => Command::Do(Action::Restart),
        "skip" => Command::Do(Action::Skip(question()?)),
        "change" => Command::Do(Action::Change(question()?)),
        "go" => Command::Do(Action::Go(match arg {
            "summary" => Screen::Summary,
            "result" => Screen::Result,
            "start" => Screen::Start,
            _ => return None,
        })),
        "lang" => Command::Do(Action::SetLang(Lang::from_key(arg)?)),
        "elder" => Command::Do(Action::SetElder(arg == "1")),
        "set" => {
            // data-value: "kw=160&supply=single"
            let pairs: Vec<(Param, String)> = value?
                .split('&')
                .filter_map(|p| p.split_once('='))
                .filter_map(|(k, v)| Param::from_key(k).map(|p| (p, v.to_string())))
                .collect();
            if pairs.is_empty() {
                return None;
            }
            Command::Do(Action::SetAnswers(pairs))
        }
        "print" => Command::Print,
        "download" => Command::Download,
        "finish" => Command::Finish,
        "copy" => Command::Copy,
        "fill" => Command::Fill(value?.to_string()),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_vocabulary() {
        assert_eq!(command("begin", None), Some(Command::Do(Action::Begin)));
        assert_eq!(
            command("change:kw", None),
            Some(Command::Do(Action::Change(Question::Capacity)))
        );
        assert_eq!(
            command("skip:own_works", None),
            Some(Command::Do(Action::Skip(Question::OwnWorks)))
        );
        assert_eq!(
            command("go:result", None),
            Some(Command::Do(Action::Go(Screen::Result)))
        );
        assert_eq!(
            command("lang:en", None),
            Some(Command::Do(Action::SetLang(Lang::En)))
        );
        assert_eq!(
            command("elder:1", None),
            Some(Command::Do(Action::SetElder(true)))
        );
        assert_eq!(
            command("set", Some("kw=160&supply=single&bogus=1")),
            Some(Command::Do(Action::SetAnswers(vec![
                (Param::Kw, "160".into()),
                (Param::Supply, "single".into())
            ])))
        );
        assert_eq!(command("fill", Some("8")), Some(Command::Fill("8".into())));
        assert_eq!(command("print", None), Some(Command::Print));
    }

    #[test]
    fn unknown_or_incomplete_commands_do_nothing() {
        for act in [
            "",
            "fly",
            "change:nope",
            "go:nowhere",
            "lang:fr",
            "set",
            "fill",
        ] {
            assert_eq!(command(act, None), None, "{act}");
        }
        assert_eq!(command("set", Some("nothing=1")), None);
    }
}
