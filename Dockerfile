# PersonalCapitalService: build with the .NET 10 SDK, run on the ASP.NET 10 runtime as a non-root user.
#   docker build -t personalcapitalservice .
#   docker run -d -p 8080:8080 -v pcs-data:/data -e BasicAuth__Username=... -e BasicAuth__Password=... personalcapitalservice
#   docker run -i --rm -v pcs-data:/data ... personalcapitalservice login      (first login: type the code)
#   or with compose.yaml: docker compose up -d --build
# "Today" of the date routes is the container's local date: set TZ (e.g. -e TZ=America/New_York); the default is UTC.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so the package layer is cached across code changes.
COPY Directory.Build.props Directory.Packages.props ./
COPY src/PersonalCapital.Client/PersonalCapital.Client.csproj src/PersonalCapital.Client/
COPY src/PersonalCapital.Sandbox/PersonalCapital.Sandbox.csproj src/PersonalCapital.Sandbox/
COPY src/PersonalCapitalService/PersonalCapitalService.csproj src/PersonalCapitalService/
RUN dotnet restore src/PersonalCapitalService/PersonalCapitalService.csproj
COPY src/ src/
# No .pdb files in the image (DebugType=none). PersonalCapital.Sandbox.dll stays: `--sandbox` runs in the image too.
RUN dotnet publish src/PersonalCapitalService/PersonalCapitalService.csproj -c Release -o /app --no-restore -p:DebugType=none -p:DebugSymbols=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
# All state (session.json, creds.json, pcs.db, key files) lives on one volume owned by the image's non-root user.
RUN mkdir -p /data && chown "$APP_UID" /data && chmod 0700 /data
VOLUME /data
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    PersonalCapital__SessionFile=/data/session.json \
    PersonalCapital__CredentialsFile=/data/creds.json \
    Store__ConnectionString="Data Source=/data/pcs.db"
USER $APP_UID
EXPOSE 8080
# The image has no curl: the app checks itself.
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["dotnet", "/app/PersonalCapitalService.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "/app/PersonalCapitalService.dll"]
