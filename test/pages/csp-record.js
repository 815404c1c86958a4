// Records every Content Security Policy violation the page reports (a classic script: 'self').
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample || ''}`);
});
