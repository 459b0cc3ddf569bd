// expect: ["`tick`", "${notexpr}", "tab\there", "\\"]
return [`\`tick\``, `\${notexpr}`, `tab\there`, `\\`];
