//! Which payment providers to offer where. Inside WeChat's webview only
//! WeChat Pay works (Alipay's pages are blocked there); elsewhere each
//! provider's web flow is offered. The sandbox stands in for all of them in
//! demo mode.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Provider {
    WechatPay,
    Alipay,
    UnionPay,
    Sandbox,
}

impl Provider {
    pub const ALL: [Provider; 4] = [Provider::WechatPay, Provider::Alipay, Provider::UnionPay, Provider::Sandbox];

    pub fn as_str(self) -> &'static str {
        match self {
            Provider::WechatPay => "wechat",
            Provider::Alipay => "alipay",
            Provider::UnionPay => "unionpay",
            Provider::Sandbox => "sandbox",
        }
    }

    pub fn parse(s: &str) -> Option<Provider> {
        Provider::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// The browser the payer uses, as far as payment is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Client {
    /// WeChat's built-in browser (its user agent says `MicroMessenger`).
    Wechat,
    Browser,
}

impl Client {
    pub fn from_user_agent(ua: &str) -> Client {
        if ua.contains("MicroMessenger") {
            Client::Wechat
        } else {
            Client::Browser
        }
    }
}

/// The providers to offer, in order. `configured` are the real providers
/// this deployment has contracts with; `demo` adds the sandbox.
pub fn offered(client: Client, configured: &[Provider], demo: bool) -> Vec<Provider> {
    let mut out: Vec<Provider> = configured
        .iter()
        .copied()
        .filter(|p| *p != Provider::Sandbox)
        .filter(|p| match client {
            Client::Wechat => *p == Provider::WechatPay,
            Client::Browser => true,
        })
        .collect();
    out.dedup();
    if demo {
        out.push(Provider::Sandbox);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const WECHAT_UA: &str = "Mozilla/5.0 (Linux; Android 10) AppleWebKit/537.36 Chrome/86.0 Mobile Safari/537.36 MicroMessenger/8.0.40";

    #[test]
    fn wechat_is_detected_from_its_user_agent() {
        assert_eq!(Client::from_user_agent(WECHAT_UA), Client::Wechat);
        assert_eq!(Client::from_user_agent("Mozilla/5.0 (iPhone) Safari/604.1"), Client::Browser);
    }

    #[test]
    fn inside_wechat_only_wechat_pay_is_offered() {
        let all = [Provider::WechatPay, Provider::Alipay, Provider::UnionPay];
        assert_eq!(offered(Client::Wechat, &all, false), vec![Provider::WechatPay]);
        assert!(!offered(Client::Wechat, &all, true).contains(&Provider::Alipay));
    }

    #[test]
    fn other_browsers_get_every_web_flow_and_demo_adds_the_sandbox() {
        let all = [Provider::WechatPay, Provider::Alipay, Provider::UnionPay];
        assert_eq!(offered(Client::Browser, &all, false), all.to_vec());
        assert_eq!(offered(Client::Browser, &[], true), vec![Provider::Sandbox]);
    }

    #[test]
    fn names_round_trip() {
        for p in Provider::ALL {
            assert_eq!(Provider::parse(p.as_str()), Some(p));
        }
    }
}
